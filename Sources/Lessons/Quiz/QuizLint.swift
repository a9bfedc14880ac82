/// Checks of a quiz's content that a parser cannot make: each finding names the line and the fix.
package struct QuizLint: Sendable {
    /// One finding, printed as `file:line: message`.
    package struct Finding: Sendable, Hashable, CustomStringConvertible {
        package var file: String
        package var line: Int
        package var message: String
        /// A warning is shown by `lessons check` but does not fail it.
        package var description: String { "\(file):\(line): " + message }
    }

    /// Choices a multiple-choice question needs before a guess stops paying.
    static let minimumChoices = 4

    /// Section numbers a question may cite (`See 2.3`, `2.3절`).
    package var sections: Set<String>
    /// Experiment ids a question may cite (`run cache`).
    package var experiments: Set<String>

    package init(sections: Set<String>, experiments: Set<String>) {
        self.sections = sections
        self.experiments = experiments
    }

    /// Every finding in `quiz`, read from `file`, in line order.
    package func check(_ quiz: Quiz, file: String) -> [Finding] {
        var findings: [Finding] = []
        for question in quiz.answerable {
            let found =
                Self.choiceProblems(question) + Self.choiceCountProblems(question) + feedbackProblems(question)
                + citationProblems(question)
            findings += found.map { Finding(file: file, line: question.line, message: "'\(question.id)': \($0)") }
        }
        findings += QuizLint.positionProblems(quiz).map { Finding(file: file, line: $0.line, message: $0.message) }
        return findings.sorted { ($0.line, $0.message) < ($1.line, $1.message) }
    }

    static func choiceProblems(_ question: Question) -> [String] {
        let choices = question.kind.choices
        var problems = fragmentProblems(choices)
        if case .multipleChoice = question.kind, choices.filter({ $0.fraction >= 1 }).count > 1 {
            problems.append(
                "more than one choice gets full credit in a single-answer question; keep one '=' and make the others '~'"
            )
        }
        return problems
    }

    /// A question with choices but fewer than four of them: a guess is right too often.
    static func choiceCountProblems(_ question: Question) -> [String] {
        let count = question.kind.choices.count
        guard count > 0, count < minimumChoices else { return [] }
        return [
            "\(count) choices; give a multiple-choice question at least \(minimumChoices), "
                + "with distractors a thoughtful learner might pick"
        ]
    }

    private func feedbackProblems(_ question: Question) -> [String] {
        var problems: [String] = []
        if question.generalFeedback?.isEmpty ?? true {
            problems.append(
                question.kind == .essay
                    ? "an essay without a model answer; write one after '####' before the closing '}'"
                    : "no general feedback; add '####' and an explanation that names a section and an experiment before the closing '}'"
            )
        } else if QuizCitations(question.generalFeedback ?? "").sections.isEmpty {
            problems.append("the general feedback points to no section; end it with 'See N.M.' (in Korean 'N.M절 참고.')")
        }
        if case .trueFalse(let answer) = question.kind, let wrong = answer.feedbackWhenWrong, Self.praises(wrong) {
            problems.append(
                "the feedback for a wrong answer (the first '#') starts by praising ('\(wrong.prefix(20))'); "
                    + "the first '#' is for the wrong answer, the second for the right one: swap them")
        }
        return problems
    }

    /// Words that open a feedback for a right answer.
    static let praise = [
        "right", "correct", "yes", "exactly", "good", "well done", "맞습니다", "맞아요", "정답", "좋습니다", "그렇습니다"
    ]

    static func praises(_ text: String) -> Bool {
        let start = text.lowercased()
        return praise.contains { start.hasPrefix($0) }
    }

    private func citationProblems(_ question: Question) -> [String] {
        let texts = [question.text, question.generalFeedback ?? ""] + question.kind.choices.compactMap(\.feedback)
        let cited = texts.map(QuizCitations.init)
        var problems: [String] = []
        for section in Set(cited.flatMap(\.sections)).sorted() where !sections.contains(section) {
            problems.append("cites section \(section), which the course does not have; cite an existing section")
        }
        for experiment in Set(cited.flatMap(\.experiments)).sorted() where !experiments.contains(experiment) {
            problems.append("cites 'run \(experiment)', which is not an experiment; see 'experiments' for the names")
        }
        return problems
    }
}
