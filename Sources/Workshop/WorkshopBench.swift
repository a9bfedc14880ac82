import FlyingFox
import Foundation
import Lessons

/// The load benchmark: simulated learners join a real server on 127.0.0.1, answer every question and submit.
package enum WorkshopBench {
    /// What a run measured.
    package struct Result: Sendable {
        package var learners: Int
        package var answersSent: Int
        package var answersStored: Int
        package var failedRequests: Int
        package var seconds: Double
        package var p50: Double
        package var p99: Double

        /// Answers the server acknowledged but the store does not hold (must be 0).
        package var lost: Int { answersSent - answersStored }
        package var answersPerSecond: Double { seconds > 0 ? Double(answersSent) / seconds : 0 }
    }

    /// A quiz of `count` questions cycling through every answerable kind.
    package static func quizText(questions count: Int) -> String {
        let kinds = [
            "Which one? {=right ~wrong ~other}", "Scaling out adds machines. {T}",
            "Name the cache policy. {=LRU =least recently used}",
            "How many nines in 99.9%? {#3:0}", "Pick the stateless ones. {~%50%web ~%50%api ~%-100%database}",
            "Match them. {=cache -> fast =disk -> durable =queue -> decoupled}", "Explain a trade-off. {}"
        ]
        return (1...max(1, count)).map { "::q\($0)::\(kinds[($0 - 1) % kinds.count])" }.joined(separator: "\n\n") + "\n"
    }

    /// An answer of the right type for `question` as a paper shows it.
    package static func answer(for question: QuizPaper.PaperQuestion) -> Response? {
        let choices = question.choices ?? []
        switch question.kind {
        case "multiple_choice": return choices.first.map(Response.text)
        case "multiple_answers": return .texts(Array(choices.prefix(2)))
        case "true_false": return .bool(true)
        case "short_answer": return .text("LRU")
        case "numerical": return .number(3)
        case "matching": return .pairs(Dictionary(zip(question.prompts ?? [], choices)) { first, _ in first })
        case "essay": return .text("Replicas add read capacity but can serve stale data.")
        default: return nil
        }
    }

    /// Runs `learners` learners of `questions` questions each against a fresh server in a temporary folder.
    package static func run(learners: Int, questions: Int) async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scalelab-bench-\(WorkshopSecret.token())"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keyPath = folder + "/bench.gift"
        try Data(quizText(questions: questions).utf8).write(to: URL(fileURLWithPath: keyPath))
        let workshop = try Workshop(
            store: try WorkshopStore(path: folder + "/bench.sqlite"), keyPaths: [keyPath], mode: .practice)
        let port = PortBox()
        let load = LoadRecorder()
        let started = ContinuousClock.now
        try await WorkshopServer.serve(
            workshop, bind: "127.0.0.1", port: 0, limitsAddresses: false, ready: { port.set($0.port) },
            stop: {
                await withTaskGroup(of: Void.self) { group in
                    for index in 0..<learners {
                        group.addTask {
                            await BenchLearner(
                                name: "learner \(index + 1)", code: workshop.code, port: port.get(), load: load
                            ).run()
                        }
                    }
                }
            })
        let elapsed = ContinuousClock.now - started
        let stored = try workshop.store.answers(quiz: "bench").count
        let summary = await load.summary()
        return Result(
            learners: learners, answersSent: summary.answers, answersStored: stored, failedRequests: summary.failures,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            p50: summary.percentile(0.50), p99: summary.percentile(0.99))
    }
}

/// The port the benchmark's server bound, handed from its ready callback to the learners.
private final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: UInt16 = 0

    func set(_ value: UInt16) { lock.withLock { port = value } }
    func get() -> UInt16 { lock.withLock { port } }
}
