import Experiments

extension Session {
    /// Grades the predictions the last recorded report has arrived for: each guess beside the
    /// measured value, kept in the learner's progress. Called after every command.
    /// - Throws: `LabError` when the report has no metric of a prediction's name.
    func settlePredictions() throws(LabError) {
        let due = predictions.takeDue()
        guard !due.isEmpty, let report = reports.last else { return }
        for item in due {
            guard let metric = report.metric(item.request.metric) else {
                let names = report.metrics.map(\.name)
                throw .usage(
                    text(
                        en: "predict: '\(report.experiment)' has no metric '\(item.request.metric)'",
                        ko: "predict: '\(report.experiment)'에는 '\(item.request.metric)' 지표가 없습니다"),
                    hint: Suggestion.hint(for: item.request.metric, in: names, language: language)
                        ?? text(en: "metrics: ", ko: "지표: ") + names.joined(separator: ", "))
            }
            guard let guess = item.guess else { continue }
            let verdict = PredictionVerdict(request: item.request, guess: guess, measured: metric)
            for line in verdict.lines(language) { printWrapped(line) }
            progress.predictions.append(verdict.record(section: item.section))
        }
        saveProgress()
    }
}
