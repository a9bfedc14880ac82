import FlyingFox
import Foundation
import Lessons

/// Latencies and outcomes of the benchmark's requests.
actor LoadRecorder {
    struct Summary {
        var answers: Int
        var failures: Int
        var latencies: [Double]

        /// The `fraction` percentile of request latency in milliseconds.
        func percentile(_ fraction: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let sorted = latencies.sorted()
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
        }
    }

    private var answers = 0
    private var failures = 0
    private var latencies: [Double] = []

    func record(milliseconds: Double, ok: Bool, isAnswer: Bool) {
        latencies.append(milliseconds)
        if !ok { failures += 1 } else if isAnswer { answers += 1 }
    }

    func summary() -> Summary { Summary(answers: answers, failures: failures, latencies: latencies) }
}

/// One simulated learner: join, read the paper, answer every question in order, submit.
struct BenchLearner {
    private struct Joined: Decodable { var session: String }
    private struct Paper: Decodable { var paper: QuizPaper }

    let name: String
    let code: String
    let port: UInt16
    let load: LoadRecorder

    func run() async {
        guard let client = try? WorkshopClient(address: "127.0.0.1:\(port)"),
            let joined = try? await timed(
                client, "POST", "/api/join", WorkshopClient.body(["code": code, "name": name]))?.decoded(Joined.self),
            let paper = try? await timed(client, "GET", "/api/quiz/bench", token: joined.session)?.decoded(Paper.self)
        else { return }
        for question in paper.paper.questions {
            guard let response = WorkshopBench.answer(for: question) else { continue }
            _ = await timed(
                client, "PUT", "/api/quiz/bench/answer/\(question.id)", WorkshopClient.body(response),
                token: joined.session, isAnswer: true)
        }
        _ = await timed(client, "POST", "/api/quiz/bench/submit", token: joined.session)
    }

    /// Sends one request and records its latency; nil when it failed.
    private func timed(
        _ client: WorkshopClient, _ method: String, _ path: String, _ body: Data? = nil,
        token: String? = nil, isAnswer: Bool = false
    ) async -> WorkshopClient.Reply? {
        let start = ContinuousClock.now
        let reply = try? await client.send(method, path, json: body, token: token)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let ok = reply.map { (200..<300).contains($0.status) } ?? false
        await load.record(milliseconds: milliseconds, ok: ok, isAnswer: isAnswer)
        return ok ? reply : nil
    }
}
