import LabText

/// Checks of a quiz's content that a parser cannot make: each finding names the line and the fix.
package struct QuizLint: Sendable {
    /// One finding, printed as `file:line: message`.
    package struct Finding: Sendable, Hashable, CustomStringConvertible {
        package var file: String
        package var line: Int
        package var message: Localized
        package var description: String { text(.en) }

        /// `file:line: message` in `language`.
        package func text(_ language: Language) -> String { "\(file):\(line): " + message.text(language) }
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
            findings += found.map { problem in
                let id = "'\(question.id)': "
                return Finding(file: file, line: question.line, message: Localized(en: id + problem.en, ko: id + problem.ko))
            }
        }
        findings += QuizLint.positionProblems(quiz).map { Finding(file: file, line: $0.line, message: $0.message) }
        return findings.sorted { ($0.line, $0.message.en) < ($1.line, $1.message.en) }
    }

    static func choiceProblems(_ question: Question) -> [Localized] {
        let choices = question.kind.choices
        var problems = fragmentProblems(choices)
        if case .multipleChoice = question.kind, choices.filter({ $0.fraction >= 1 }).count > 1 {
            problems.append(
                Localized(
                    en: "more than one choice gets full credit in a single-answer question; keep one '=' and make the others '~'",
                    ko: "답이 하나인 문제에서 만점인 보기가 둘 이상입니다. '='는 하나만 두고 나머지는 '~'로 바꾸세요"))
        }
        return problems
    }

    /// A question with choices but fewer than four of them: a guess is right too often.
    static func choiceCountProblems(_ question: Question) -> [Localized] {
        let count = question.kind.choices.count
        guard count > 0, count < minimumChoices else { return [] }
        return [
            Localized(
                en: "\(count) choices; give a multiple-choice question at least \(minimumChoices), "
                    + "with distractors a thoughtful learner might pick",
                ko: "보기가 \(count)개입니다. 객관식 문제에는 보기를 \(minimumChoices)개 이상 두고, "
                    + "생각 깊은 학습자도 고를 만한 오답을 넣으세요")
        ]
    }

    private func feedbackProblems(_ question: Question) -> [Localized] {
        var problems: [Localized] = []
        if question.generalFeedback?.isEmpty ?? true {
            problems.append(question.kind == .essay ? Self.noModelAnswer : Self.noGeneralFeedback)
        } else if QuizCitations(question.generalFeedback ?? "").sections.isEmpty {
            problems.append(
                Localized(
                    en: "the general feedback points to no section; end it with 'See N.M.' (in Korean 'N.M절 참고.')",
                    ko: "전체 피드백이 어느 절도 가리키지 않습니다. 끝에 'N.M절 참고.'라고 쓰세요(영어로는 'See N.M.')"))
        }
        if case .trueFalse(let answer) = question.kind, let wrong = answer.feedbackWhenWrong, Self.praises(wrong) {
            let start = wrong.prefix(20)
            problems.append(
                Localized(
                    en: "the feedback for a wrong answer (the first '#') starts by praising ('\(start)'); "
                        + "the first '#' is for the wrong answer, the second for the right one: swap them",
                    ko: "오답 피드백(첫 번째 '#')이 칭찬('\(start)')으로 시작합니다. "
                        + "첫 번째 '#'는 오답, 두 번째는 정답에 대한 것이니 서로 바꾸세요"))
        }
        return problems
    }

    static let noModelAnswer = Localized(
        en: "an essay without a model answer; write one after '####' before the closing '}'",
        ko: "모범 답안이 없는 서술형 문제입니다. 닫는 '}' 앞에 '####'를 쓰고 모범 답안을 적으세요")

    static let noGeneralFeedback = Localized(
        en: "no general feedback; add '####' and an explanation that names a section and an experiment before the closing '}'",
        ko: "전체 피드백이 없습니다. 닫는 '}' 앞에 '####'와 함께 절과 실험을 가리키는 설명을 쓰세요")

    /// Words that open a feedback for a right answer.
    static let praise = [
        "right", "correct", "yes", "exactly", "good", "well done", "맞습니다", "맞아요", "정답", "좋습니다", "그렇습니다"
    ]

    static func praises(_ text: String) -> Bool {
        let start = text.lowercased()
        return praise.contains { start.hasPrefix($0) }
    }

    private func citationProblems(_ question: Question) -> [Localized] {
        let texts = [question.text, question.generalFeedback ?? ""] + question.kind.choices.compactMap(\.feedback)
        let cited = texts.map(QuizCitations.init)
        var problems: [Localized] = []
        for section in Set(cited.flatMap(\.sections)).sorted() where !sections.contains(section) {
            problems.append(
                Localized(
                    en: "cites section \(section), which the course does not have; cite an existing section",
                    ko: "과정에 없는 절을 인용합니다: \(section). 있는 절을 인용하세요"))
        }
        for experiment in Set(cited.flatMap(\.experiments)).sorted() where !experiments.contains(experiment) {
            problems.append(
                Localized(
                    en: "cites 'run \(experiment)', which is not an experiment; see 'experiments' for the names",
                    ko: "없는 실험을 인용합니다: 'run \(experiment)'. 이름은 'experiments'에서 보세요"))
        }
        return problems
    }
}
