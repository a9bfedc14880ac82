import ArgumentParser
import Experiments
import LabText

/// `predict METRIC [GUESS] [TOLERANCE]`: asks for (or takes) a guess that the next run grades.
struct PredictCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict", abstract: "Guess a metric of the next run, e.g. predict p99_ms, predict p99_ms 120 30%."
    )
    static let summary = Localized(
        en: "Guess a metric before the next run; the run grades it: predict p99_ms, predict p99_ms 120 30%",
        ko: "다음 실행의 지표를 먼저 예측합니다. 실행이 채점합니다: predict p99_ms, predict p99_ms 120 30%")
    static let completion = ArgumentCompletion.metrics

    @Argument(parsing: .allUnrecognized, help: "METRIC [GUESS] [TOLERANCE]; TOLERANCE is 30% or ±5 (default 25%).")
    var words: [String] = []

    mutating func run(in session: Session) throws {
        let request = try PredictionRequest.parse(words, language: session.language)
        let guess =
            request.guess ?? session.predictions.takeSupplied(request.metric)
            ?? PredictionPrompt(session: session).ask(request)
        session.predictions.expect(
            request, guess: guess, section: session.predictions.section ?? session.currentSection ?? "")
    }
}
