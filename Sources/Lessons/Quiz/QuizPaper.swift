import Foundation

/// An exam paper: the key's questions and choices with no correctness, credit or feedback.
///
/// Its `quiz_sha256` is `QuizPaper.digest` of what the paper shows (choices sorted), and its choices
/// are shuffled from their sorted order: two keys that differ only in their answers, credits,
/// feedback or the order they list choices in give byte-identical papers.
package struct QuizPaper: Codable, Sendable, Hashable {
    /// The version written in `format`.
    package static let formatVersion = "scalelab-paper/2"

    package var format: String
    package var quiz: String
    package var quizSHA256: String
    package var questions: [PaperQuestion]

    /// A question as a paper shows it.
    package struct PaperQuestion: Codable, Sendable, Hashable {
        package var id: String
        package var text: String
        package var format: TextFormat
        /// `QuestionKind.name`: `multiple_choice`, `true_false`, ...
        package var kind: String
        /// The choices' texts for multiple choice and multiple answers (the options of a matching question), else nil.
        package var choices: [String]?
        /// The items of a matching question, else nil.
        package var prompts: [String]?
    }

    enum CodingKeys: String, CodingKey {
        case format, quiz
        case quizSHA256 = "quiz_sha256"
        case questions
    }

    /// The paper of an answer key, its choices in `order` (each paper its own order).
    package init(key: Quiz, order: ChoiceOrder) {
        format = Self.formatVersion
        quiz = key.id
        quizSHA256 = Self.digest(of: key.questions)
        questions = key.questions.map { Self.shown(order.apply(to: $0, quiz: key.id)) }
    }

    /// What a paper shows of `question`, in the question's own choice order.
    static func shown(_ question: Question) -> PaperQuestion {
        var choices = question.kind.choices.map(\.text)
        var prompts: [String]?
        if case .matching(let pairs) = question.kind {
            choices = pairs.options
            prompts = pairs.prompts
        }
        return PaperQuestion(
            id: question.id, text: question.text, format: question.format, kind: question.kind.name,
            choices: choices.isEmpty ? nil : choices, prompts: prompts)
    }

    /// SHA-256 of what a paper of `questions` shows (ids, texts, kinds, sorted choices): the quiz's
    /// identity in papers and sheets, which carries nothing a learner cannot read on the paper.
    package static func digest(of questions: [Question]) -> String {
        let canonical = questions.map { question in
            var shown = shown(question)
            shown.choices = shown.choices?.sorted()
            return shown
        }
        return SHA256.hex(of: sortedJSON(canonical))
    }

    /// SHA-256 of what a paper shows of one question (id, text, kind, sorted choices and prompts): how a
    /// sheet records the question its learner answered, carrying nothing the paper does not show.
    package static func digest(of question: Question) -> String {
        var shown = shown(question)
        shown.choices = shown.choices?.sorted()
        shown.prompts = shown.prompts?.sorted()
        return SHA256.hex(of: sortedJSON(shown))
    }

    private static func sortedJSON(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)) ?? Data()
    }

    /// The paper as pretty JSON with sorted keys.
    package func encoded() -> Data {
        InertJSON.encode(self)
    }

    /// Makes the paper of the GIFT key at `keyPath` and writes it to `outPath` (never replacing a file unless `force`).
    ///
    /// The choices are shuffled by `seed` (a learner's name), else by the paper's file name.
    package static func make(keyPath: String, outPath: String, seed: String? = nil, force: Bool = false) throws {
        let key = try QuizFile.loadKey(path: keyPath)
        let order = ChoiceOrder(seed: seed ?? URL(fileURLWithPath: outPath).lastPathComponent)
        try OutputFile.write(QuizPaper(key: key, order: order).encoded(), to: outPath, replacing: force)
    }
}
