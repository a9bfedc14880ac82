/// One learner's answers in the browser test, as they click and type them.
struct BrowserLearner {
    var name: String
    var choice: String
    var truth: Bool
    var short: String
    var number: String
    var ticked: [String]
    var matches: [String]
    var essay: String

    static let all = [
        BrowserLearner(
            name: "Ari", choice: "right", truth: true, short: "LRU", number: "3", ticked: ["web", "api"],
            matches: ["fast", "durable", "decoupled"], essay: "Caches trade freshness for speed."),
        BrowserLearner(
            name: "Bora", choice: "wrong", truth: false, short: "FIFO", number: "2", ticked: ["web", "database"],
            matches: ["durable", "fast", "decoupled"], essay: "More replicas, more reads."),
        BrowserLearner(
            name: "Chul", choice: "right", truth: true, short: "least recently used", number: "3,0", ticked: ["api"],
            matches: ["fast", "decoupled", "durable"], essay: "한글도 됩니다: 복제는 읽기를 늘립니다.")
    ]

    /// Answers questions `numbers` (q1 to q7) and waits until the page marks each one saved.
    func answer(questions numbers: ClosedRange<Int>, in browser: WebDriver) async throws {
        for number in numbers { try await answer(number, in: browser) }
        try await browser.click("#q-q1 h2")  // NB: a text field saves when it loses focus
        for number in numbers { try await browser.waitForText("#saved-q\(number)", containing: "✓") }
    }

    private func answer(_ number: Int, in browser: WebDriver) async throws {
        switch number {
        case 1: try await browser.click("#q-q1 input[value='\(choice)']")
        case 2: try await browser.click("#q-q2 input[value='\(truth)']")
        case 3: try await browser.type("#q-q3 input", short)
        case 4: try await browser.type("#q-q4 input", self.number)
        case 5: for choice in ticked { try await browser.click("#q-q5 input[value='\(choice)']") }
        case 6:
            for (index, option) in matches.enumerated() {
                try await browser.click("#q-q6 select[name='answer-q6-\(index)'] option[value='\(option)']")
            }
        default: try await browser.type("#q-q7 textarea", essay)
        }
    }
}
