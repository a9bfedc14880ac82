import Foundation
import Workshop

/// What the browser test does against a running server: three learners, then the dashboard.
struct BrowserScript {
    /// Every question type: q1 choice, q2 true/false, q3 short, q4 numerical, q5 multiple answers, q6 matching, q7 essay.
    static let quiz = WorkshopBench.quizText(questions: 7)

    /// One learner's answers, as they click and type them.
    struct Answers {
        var name: String
        var choice: String
        var truth: Bool
        var short: String
        var number: String
        var ticked: [String]
        var matches: [String]
        var essay: String
    }

    static let learners = [
        Answers(
            name: "Ari", choice: "right", truth: true, short: "LRU", number: "3", ticked: ["web", "api"],
            matches: ["fast", "durable", "decoupled"], essay: "Caches trade freshness for speed."),
        Answers(
            name: "Bora", choice: "wrong", truth: false, short: "FIFO", number: "2", ticked: ["web", "database"],
            matches: ["durable", "fast", "decoupled"], essay: "More replicas, more reads."),
        Answers(
            name: "Chul", choice: "right", truth: true, short: "least recently used", number: "3,0", ticked: ["api"],
            matches: ["fast", "decoupled", "durable"], essay: "한글도 됩니다: 복제는 읽기를 늘립니다.")
    ]

    let base: String
    let workshop: Workshop
    let driverPort: UInt16

    func run() async throws {
        for (index, learner) in Self.learners.enumerated() {
            try await inBrowser { try await answer(learner, in: $0, screenshot: index == 0 ? "learner.png" : nil) }
        }
        try await inBrowser(checkDashboard)
    }

    /// Runs `body` in a new browser session, which is ended whatever happens.
    private func inBrowser(_ body: (WebDriver) async throws -> Void) async throws {
        let browser = try await WebDriver.start(port: driverPort)
        do { try await body(browser) } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    private func checkDashboard(_ browser: WebDriver) async throws {
        try await browser.open(base + "/dashboard#" + workshop.dashboardToken)
        try await browser.waitForText("#joined", containing: "3")
        try await browser.waitForText("tr[data-question=q1]", containing: "0.67")
        try await browser.waitForText("#quiz-bench", containing: "7/7")
        try await save(browser, "dashboard.png")
        try await browser.click("button[data-export=csv]")
        try await browser.waitForText("#export", containing: "Chul")
    }

    private func answer(_ learner: Answers, in browser: WebDriver, screenshot: String?) async throws {
        try await browser.open(base + "/?code=" + workshop.code)
        try await browser.type("#name", learner.name)
        try await browser.click("#join button[type=submit]")
        try await browser.click("button[data-quiz=bench]")
        try await browser.click("#q-q1 input[value='\(learner.choice)']")
        try await browser.click("#q-q2 input[value='\(learner.truth)']")
        try await browser.type("#q-q3 input", learner.short)
        try await browser.type("#q-q4 input", learner.number)
        for choice in learner.ticked { try await browser.click("#q-q5 input[value='\(choice)']") }
        for (index, option) in learner.matches.enumerated() {
            try await browser.click("#q-q6 select[name='answer-q6-\(index)'] option[value='\(option)']")
        }
        try await browser.type("#q-q7 textarea", learner.essay)
        try await browser.click("#q-q1 h2")
        for id in (1...7).map({ "q\($0)" }) { try await browser.waitForText("#saved-\(id)", containing: "✓") }
        try await browser.waitForText("#q-q1 .result", containing: learner.choice == "right" ? "right" : "wrong")
        if let screenshot { try await save(browser, screenshot) }
        try await browser.click("#submit")
        try await browser.waitForText("#submitted", containing: "1")
    }

    private func save(_ browser: WebDriver, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SCALELAB_SCREENSHOTS"] else { return }
        try await browser.screenshot().write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    /// The port the server bound, from its ready callback.
    final class PortBox: @unchecked Sendable {
        private let lock = NSLock()
        private var port: UInt16 = 0
        func set(_ value: UInt16) { lock.withLock { port = value } }
        func get() -> UInt16 { lock.withLock { port } }
    }

    /// The first failure of the script, read after the server stopped.
    final class OutcomeBox: @unchecked Sendable {
        private let lock = NSLock()
        private var message: String?
        func fail(_ text: String) { lock.withLock { message = message ?? text } }
        var failure: String? { lock.withLock { message } }
    }
}
