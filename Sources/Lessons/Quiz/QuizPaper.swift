import Foundation

/// An exam paper: the key's questions and choices with no correctness, credit or feedback.
///
/// It carries the key's quiz id and digest, so sheets answered on it grade against the key.
package struct QuizPaper: Codable, Sendable, Hashable {
    /// The version written in `format`.
    package static let formatVersion = "scalelab-paper/1"

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
        /// The choices' texts for multiple choice and multiple answers, else nil.
        package var choices: [String]?
    }

    enum CodingKeys: String, CodingKey {
        case format, quiz, quizSHA256 = "quiz_sha256", questions
    }

    /// The paper of an answer key.
    package init(key: Quiz) {
        format = Self.formatVersion
        quiz = key.id
        quizSHA256 = key.sha256
        questions = key.questions.map { question in
            let choices = question.kind.choices.map(\.text)
            return PaperQuestion(
                id: question.id, text: question.text, format: question.format, kind: question.kind.name,
                choices: choices.isEmpty ? nil : choices)
        }
    }

    /// The paper as pretty JSON with sorted keys.
    package func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Makes the paper of the GIFT key at `keyPath` and writes it to `outPath` (never replacing a file unless `force`).
    package static func make(keyPath: String, outPath: String, force: Bool = false) throws {
        let key = try QuizFile.loadKey(path: keyPath)
        try OutputFile.write(QuizPaper(key: key).encoded(), to: outPath, replacing: force)
    }

    /// A paper from JSON, checking its format version; `file` names it in errors.
    package static func decode(_ data: Data, file: String) throws -> QuizPaper {
        let paper: QuizPaper
        do {
            paper = try JSONDecoder().decode(QuizPaper.self, from: data)
        } catch {
            throw QuizFileError(path: file, reason: "not a scalelab exam paper (\(JSONProblem.describe(error)))")
        }
        guard paper.format == formatVersion else {
            throw QuizFileError(path: file, reason: "paper format '\(paper.format)' is not '\(formatVersion)'")
        }
        return paper
    }

    /// The paper as a quiz to take: kinds and choices only, every credit zero, `isPaper` set.
    package func makeQuiz() throws -> Quiz {
        var questions: [Question] = []
        for (index, paperQuestion) in self.questions.enumerated() {
            guard let kind = Self.kind(named: paperQuestion.kind, choices: paperQuestion.choices ?? []) else {
                throw QuizFileError(path: quiz, reason: "question \(index + 1) has an unknown kind '\(paperQuestion.kind)'")
            }
            questions.append(Question(id: paperQuestion.id, text: paperQuestion.text, format: paperQuestion.format, kind: kind))
        }
        return Quiz(id: quiz, sha256: quizSHA256, questions: questions, isPaper: true)
    }

    private static func kind(named name: String, choices: [String]) -> QuestionKind? {
        let blank = choices.map { Choice(text: $0, fraction: 0) }
        switch name {
        case "description": return .description
        case "essay": return .essay
        case "multiple_choice": return .multipleChoice(blank)
        case "multiple_answers": return .multipleAnswers(blank)
        case "true_false": return .trueFalse(TrueFalseAnswer(isTrue: false))
        case "short_answer": return .shortAnswer([])
        case "numerical": return .numerical([])
        default: return nil
        }
    }
}
