import Foundation
import Workshop

/// What the browser test does against a running server: three learners, then the dashboard.
struct BrowserScript {
    /// An `[html]` introduction with a hostile image, then every question type: q1 choice, q2 true/false, q3 short,
    /// q4 numerical, q5 multiple answers, q6 matching, q7 essay.
    static let quiz =
        "::intro:: [html]<p>Answer <b>every</b> question.<img src=x onerror=alert(1)></p>\n\n"
        + WorkshopBench.quizText(questions: 7)

    let base: String
    let workshop: Workshop
    let driverPort: UInt16
    /// Where Chromium saves downloads (the test's folder).
    let downloads: String
    let keys = BrowserKeys()

    func run() async throws {
        let learners = BrowserLearner.all
        try await inBrowser { try await answerAll(learners[0], in: $0) }
        try await inBrowser { try await answerUntilTheLaptopDies(learners[1], in: $0) }
        try await inBrowser { try await resume(learners[1], in: $0) }
        try await inBrowser { try await answerAfterReset(learners[2], in: $0) }
        try await inBrowser(checkDashboard)
        try await inBrowser(width: 390, checkDashboardFits)
        try await inBrowser(width: 1280, checkDashboardFits)
        if let folder = ProcessInfo.processInfo.environment["SCALELAB_SCREENSHOTS"] {
            try await BrowserScreens(script: self, folder: folder).take()
        }
    }

    /// Runs `body` in a new browser session (a fresh profile: nothing in local storage), ended whatever happens.
    func inBrowser(width: Int = 412, _ body: (WebDriver) async throws -> Void) async throws {
        let browser = try await WebDriver.start(port: driverPort, width: width, downloads: downloads)
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
        try await browser.click("button[data-export=markdown]")
        try await browser.waitForText("#export", containing: "Chul")
        try await browser.click("button[data-download=csv]")
        try await browser.waitForText("#status", containing: "bench-gradebook.csv")
        let file = downloads + "/bench-gradebook.csv"
        for _ in 0..<50 where !FileManager.default.fileExists(atPath: file) {
            try await Task.sleep(for: .milliseconds(100))
        }
        let csv = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        guard csv.contains("Ari") && csv.contains("Bora") && csv.contains("Chul") else {
            throw WebDriver.Failure(description: "the downloaded gradebook lacks a learner: '\(csv)'")
        }
    }

    /// The dashboard fits the window: the page never scrolls sideways and every question's responses are in view,
    /// as stacked cards on a phone and as a table with its header on a desktop.
    private func checkDashboardFits(_ browser: WebDriver) async throws {
        try await browser.open(base + "/dashboard#" + workshop.dashboardToken)
        try await browser.waitForText("tr[data-question=q1]", containing: "0.67")
        let overflow = try await browser.evaluate(
            "[document.documentElement.scrollWidth - innerWidth, ...[...document.querySelectorAll('tr[data-question] td:last-child')].map((c) => c.getBoundingClientRect().right - innerWidth)].filter((x) => x > 0).length"
        )
        let header = try await browser.evaluate(
            "getComputedStyle(document.querySelector('table.questions tr')).display")
        let phone = try await browser.evaluate("innerWidth < 640") as? Bool ?? false
        guard overflow as? Int == 0, (header as? String == "none") == phone else {
            throw WebDriver.Failure(
                description: "the dashboard overflows (\(overflow ?? "?")) or shows header \(header ?? "?")")
        }
    }

    /// Joins as `learner` (with a resume key when given) and opens the quiz.
    func join(_ learner: BrowserLearner, resumeKey: String? = nil, in browser: WebDriver) async throws {
        try await browser.open(base + "/?code=" + workshop.code)
        try await browser.type("#name", learner.name)
        if let resumeKey { try await browser.type("#resume", resumeKey) }
        try await browser.click("#join button[type=submit]")
        keys.set(learner.name, try await browser.text("#resume-key"))
        try await browser.click("button[data-quiz=bench]")
        try await browser.waitForText("main b", containing: "every")
        if await browser.hasDialog() { throw WebDriver.Failure(description: "the question's HTML ran a script") }
    }

    private func answerAll(_ learner: BrowserLearner, in browser: WebDriver) async throws {
        try await join(learner, in: browser)
        try await learner.answer(questions: 1...7, in: browser)
        try await browser.waitForText("#q-q1 .result", containing: learner.choice == "right" ? "right" : "wrong")
        try await submit(in: browser)
    }

    /// Answers three questions, then the browser goes away without submitting.
    private func answerUntilTheLaptopDies(_ learner: BrowserLearner, in browser: WebDriver) async throws {
        try await join(learner, in: browser)
        try await learner.answer(questions: 1...3, in: browser)
    }

    /// In a new browser, rejoins with the name and the resume key: the three answers are there; finishes.
    private func resume(_ learner: BrowserLearner, in browser: WebDriver) async throws {
        try await join(learner, resumeKey: keys.get(learner.name), in: browser)
        try await browser.waitForText("#q-q3 .result", containing: "wrong")
        try await learner.answer(questions: 4...7, in: browser)
        try await submit(in: browser)
    }

    /// Answers the first question, clears every answer, then answers them all.
    private func answerAfterReset(_ learner: BrowserLearner, in browser: WebDriver) async throws {
        try await join(learner, in: browser)
        try await learner.answer(questions: 1...1, in: browser)
        try await browser.click("#reset")
        try await browser.acceptDialog()
        try await browser.waitForText("#status", containing: "cleared")
        try await learner.answer(questions: 1...7, in: browser)
        try await submit(in: browser)
    }

    private func submit(in browser: WebDriver) async throws {
        try await browser.click("#submit")
        try await browser.waitForText("#submitted", containing: "1")
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

/// Each learner's resume key as the page showed it.
final class BrowserKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: String] = [:]
    func set(_ name: String, _ key: String) { lock.withLock { keys[name] = key } }
    func get(_ name: String) -> String { lock.withLock { keys[name] ?? "" } }
}
