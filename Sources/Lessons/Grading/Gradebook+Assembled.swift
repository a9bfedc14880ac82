/// Gradebooks of work scored outside the quiz grader (design challenges: one question per
/// requirement), so every report writer renders them as it renders quizzes.
extension Gradebook {
    /// A gradebook of sheets already scored; the sheets are sorted by learner as `Grader` sorts them.
    package init(key: Quiz, keyPath: String, scored: [GradedSheet], rejected: [Rejection]) {
        self.key = key
        self.keyPath = keyPath
        self.sheets = scored.sorted { ($0.learner, $0.path) < ($1.learner, $1.path) }
        self.rejected = rejected
        self.options = GradingOptions()
    }
}

extension GradedSheet {
    /// A sheet of `learner`'s items, scored by the caller.
    package init(path: String, learner: String, scored items: [GradedItem]) {
        self.init(path: path, learner: UntrustedText.oneLine(learner), items: items, warnings: [])
    }
}

extension GradedSheet.GradedItem {
    /// A requirement met (full points) or not (none), with the value measured as the response.
    package init(requirement: Question, met: Bool, measured: String) {
        self.init(
            question: requirement, response: .text(measured),
            score: Score(
                fraction: met ? 1 : 0, weight: requirement.weight, feedback: met ? [] : ["measured \(measured)"],
                rightAnswer: requirement.text))
    }
}
