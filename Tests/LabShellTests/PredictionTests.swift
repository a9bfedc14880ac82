import Foundation
import LabText
import Testing

@testable import Experiments
@testable import LabShell
@testable import Lessons

@Suite struct PredictionTests {
    @Test(
        "predict lines parse into a metric, an optional guess and a tolerance (25% unless given)",
        arguments: [
            (["p99_ms"], PredictionRequest(metric: "p99_ms", guess: nil, tolerance: .relative(0.25))),
            (["p99_ms", "120"], PredictionRequest(metric: "p99_ms", guess: 120, tolerance: .relative(0.25))),
            (["p99_ms", "30%"], PredictionRequest(metric: "p99_ms", guess: nil, tolerance: .relative(0.3))),
            (["errors", "1,200", "±5"], PredictionRequest(metric: "errors", guess: 1200, tolerance: .absolute(5))),
            (["errors", "7", "+-2"], PredictionRequest(metric: "errors", guess: 7, tolerance: .absolute(2)))
        ])
    func parses(words: [String], expected: PredictionRequest) throws {
        #expect(try PredictionRequest.parse(words, language: .en) == expected)
    }

    @Test(
        "A predict line that is not METRIC [GUESS] [TOLERANCE] is refused with the usage",
        arguments: [[], ["p99_ms", "fast"], ["p99_ms", "30%", "120"], ["p99_ms", "10%", "20%"], ["a", "1", "2", "3"]])
    func refuses(words: [String]) {
        #expect(throws: LabError.self) { try PredictionRequest.parse(words, language: .en) }
    }

    @Test("The verdict puts the guess beside the measured value and says the gap in words")
    func verdictWords() throws {
        let metric = Metric("p99_ms", 80, unit: "ms", Localized(en: "p99 latency", ko: "p99 지연 시간"))
        let request = try PredictionRequest.parse(["p99_ms"], language: .en)
        let high = PredictionVerdict(request: request, guess: 110, measured: metric)
        #expect(
            high.lines(.en) == [
                "prediction p99_ms (p99 latency): you said 110 ms, measured 80 ms",
                "  ✗ 38% too high; outside ±25%"
            ])
        #expect(high.lines(.ko)[1] == "  ✗ 실제보다 38% 높게 예측했습니다. 허용 오차(±25%) 밖입니다.")
        let low = PredictionVerdict(request: request, guess: 20, measured: metric)
        #expect(low.lines(.en)[1] == "  ✗ too low (the run measured 4× your guess); outside ±25%")
        let close = PredictionVerdict(request: request, guess: 90, measured: metric)
        #expect(close.within && close.lines(.en)[1] == "  ✓ 13% too high; within ±25%")
        #expect(
            PredictionVerdict(request: request, guess: 80, measured: metric).lines(.en)[1]
                == "  ✓ exactly right; within ±25%")
    }

    @Test("At the terminal, predict asks for a number (again after a non-number) and the next run grades it")
    func scriptedEditor() throws {
        let session = makeSession(mode: .interactive)
        let answers = ScriptedLineEditor([.line("soon"), .line("3")])
        session.answerReader = { answers.readLine(prompt: $0) }
        let editor = ScriptedLineEditor([.line("predict p99_ms 50%"), .line("run load requests=20000"), .endOfInput])
        #expect(REPL(session: session, editor: editor).run() == 0)
        let output = session.console.capturedOutput
        #expect(answers.prompts == ["your guess> ", "your guess> "])
        #expect(output.contains("Predict before you run: what will p99_ms be? (Enter skips)"))
        #expect(output.contains("type a number such as 120 or 0.8, or press Enter to skip"))
        #expect(output.contains("prediction p99_ms (99th percentile response): you said 3 ms, measured "))
        #expect(session.progress.predictions.count == 1)
        #expect(session.progress.predictions.first?.guess == 3)
    }

    @Test("Enter skips a prediction: the run is not graded and nothing is recorded")
    func skipped() throws {
        let session = makeSession(mode: .interactive)
        session.answerReader = { _ in .line("") }
        try Interpreter.execute("predict p99_ms", in: session)
        try Interpreter.execute("run load requests=20000", in: session)
        #expect(!session.console.capturedOutput.contains("prediction p99_ms"))
        #expect(session.progress.predictions.isEmpty)
    }

    @Test("try --predict answers a block's predict lines, credits the section, and progress shows its calibration")
    func suppliedToTry() throws {
        let session = makeSession()
        try Interpreter.execute("try 1.1 --predict p99_ms=1", in: session)
        #expect(
            session.console.capturedOutput.contains(
                "prediction p99_ms (99th percentile response): you said 1 ms, measured "))
        #expect(session.progress.predictions.map(\.section) == ["1.1"])
        #expect(session.predictions.supplied.isEmpty && session.predictions.section == nil)
        try Interpreter.execute("progress", in: session)
        #expect(session.console.capturedOutput.contains("  1.1: 0 of 1 within tolerance, mean miss "))
    }

    @Test("A prediction for a metric the run does not have fails with a suggestion")
    func unknownMetric() throws {
        let session = makeSession()
        try Interpreter.execute("predict p99ms 3", in: session)
        #expect {
            try Interpreter.execute("run load requests=20000", in: session)
        } throws: { error in
            let lab = error as? LabError
            return lab?.message == "predict: 'load' has no metric 'p99ms'" && lab?.hint == "did you mean 'p99_ms'?"
        }
    }

    @Test("--predict that is not METRIC=NUMBER is a usage error naming the option")
    func badSupply() {
        let session = makeSession()
        #expect { try Interpreter.execute("try 1.1 --predict p99_ms", in: session) } throws: {
            ($0 as? LabError)?.message == "try: --predict takes METRIC=NUMBER, not 'p99_ms'"
        }
    }

    @Test("lessons check reports a predict line that no run follows, at its block")
    func checkFlagsDanglingPredict() throws {
        let folder = NSTemporaryDirectory() + "scalelab-predict-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (language, title) in [("en", "Why"), ("ko", "왜")] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(language)", withIntermediateDirectories: true)
            try "# 1. \(title)\n\n```lab\nrun load requests=20000\npredict p99_ms\n```\n"
                .write(toFile: "\(folder)/\(language)/1-why.md", atomically: true, encoding: .utf8)
        }
        let outcome = LessonsCheck(
            folder: folder,
            environment: ShellEnvironment(variables: [:], lessonsPath: folder, statePath: "/nonexistent")
        ).run()
        #expect(
            outcome.failures.map(\.description).contains(
                "\(folder)/en/1-why.md:3: predict p99_ms: no run follows it in this lab block; put the predict line before a run"
            ))
    }
}
