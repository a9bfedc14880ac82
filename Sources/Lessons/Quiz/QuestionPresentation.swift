import LabText

/// What the REPL shows for the current question.
package struct QuestionPresentation: Sendable, Hashable {
    /// 1-based position among the questions of the session.
    package var number: Int
    package var total: Int
    package var id: String
    /// Descriptions written just before the question, to show first.
    package var preamble: [String]
    package var text: String
    package var format: TextFormat
    package var kind: QuestionKind
    /// The choices with their letters: `("a", "Paris")`; for matching, the options to match to.
    package var choices: [LetteredChoice]
    /// The items of a matching question, numbered from 1 when shown; else empty.
    package var prompts: [String]
    /// How to type an answer to this kind of question.
    package var hint: Localized

    /// A choice and the letter that picks it.
    package struct LetteredChoice: Sendable, Hashable {
        package var letter: String
        package var text: String
    }

    init(question: Question, number: Int, total: Int, preamble: [String]) {
        self.number = number
        self.total = total
        id = question.id
        self.preamble = preamble
        text = question.text
        format = question.format
        kind = question.kind
        let texts: [String]
        if case .matching(let pairs) = question.kind {
            texts = pairs.options
            prompts = pairs.prompts
        } else {
            texts = question.kind.choices.map(\.text)
            prompts = []
        }
        choices = texts.enumerated().map { LetteredChoice(letter: AnswerInterpreter.letter($0), text: $1) }
        hint = Self.hint(for: question.kind)
    }

    private static func hint(for kind: QuestionKind) -> Localized {
        var range = AnswerInterpreter.letterRange(kind.choices.count)
        if case .matching(let pairs) = kind { range = AnswerInterpreter.letterRange(pairs.options.count) }
        switch kind {
        case .multipleChoice: return Localized(en: "type a letter \(range)", ko: "\(range) 중 한 글자를 입력하세요")
        case .multipleAnswers:
            return Localized(
                en: "type every right letter \(range), such as a,c", ko: "맞는 것을 모두 a,c 처럼 입력하세요 (\(range))")
        case .trueFalse: return Localized(en: "type t (true) or f (false)", ko: "참이면 o, 거짓이면 x를 입력하세요")
        case .numerical: return Localized(en: "type a number", ko: "숫자를 입력하세요")
        case .shortAnswer: return Localized(en: "type a word or a short phrase", ko: "낱말이나 짧은 구절을 입력하세요")
        case .essay: return Localized(en: "write your answer (graded by hand)", ko: "답을 쓰세요 (채점자가 직접 채점해요)")
        case .matching:
            return Localized(
                en: "type a letter \(range) for each numbered item, in order, such as b,a,c",
                ko: "번호마다 짝이 되는 글자(\(range))를 차례로 b,a,c 처럼 입력하세요")
        case .description: return Localized(en: "", ko: "")
        }
    }
}
