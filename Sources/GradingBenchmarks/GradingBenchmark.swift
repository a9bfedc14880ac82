import Foundation
import Lessons

/// Times grading a workshop's folder of 200 generated sheets, for `scalelab bench`.
package enum GradingBenchmark {
    /// The GIFT key the benchmark grades against: one question of each kind.
    package static let keyText = """
        ::intro:: Answer every question.

        ::mc:: Which removes the single point of failure? {=A second server#Yes ~%50%A bigger server#Half ~A cache#No ####See 1.2.}

        ::ma:: Which are stateless? {~%50%Web server ~%50%API server ~%-100%Database}

        ::tf:: A cache is the source of truth. {F#It only holds copies.#Right.}

        ::num:: How many nines in 99.99%? {#4}

        ::sa:: The pattern that fails fast? {=circuit breaker =%50%breaker}

        ::essay:: Explain sharding in two sentences. {}
        """

    /// Writes the key and 200 sheets (seed 42) into a new folder under `workDirectory`, grades them
    /// into a Markdown report with feedback files, and returns the wall time of grading alone.
    package static func run(workDirectory: String) throws -> Duration {
        let folder = (workDirectory as NSString).appendingPathComponent(
            "grading-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let sheets = (folder as NSString).appendingPathComponent("sheets")
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keyPath = (folder as NSString).appendingPathComponent("workshop.gift")
        try OutputFile.write(Data(keyText.utf8), to: keyPath)
        _ = try SheetGenerator.write(count: 200, key: try QuizFile.loadKey(path: keyPath), directory: sheets, seed: 42)
        let request = GradeRequest(
            keyPath: keyPath, inputs: [sheets], format: .markdown,
            feedbackDirectory: (folder as NSString).appendingPathComponent("feedback"))
        let clock = ContinuousClock()
        let start = clock.now
        _ = Grader.run(request)
        return clock.now - start
    }
}
