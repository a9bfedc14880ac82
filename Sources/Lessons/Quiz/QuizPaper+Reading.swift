import Foundation
import LabText

extension QuizPaper {
    /// A paper from JSON, checking its format version; `file` names it in errors.
    package static func decode(_ data: Data, file: String) throws -> QuizPaper {
        let paper: QuizPaper
        do {
            paper = try JSONDecoder().decode(QuizPaper.self, from: data)
        } catch {
            throw QuizFileError(
                path: file,
                reason: Localized(
                    en: "not a scalelab exam paper (\(JSONProblem.describe(error)))",
                    ko: "scalelab 시험지가 아닙니다(\(JSONProblem.describe(error)))"))
        }
        guard paper.format == formatVersion else {
            throw QuizFileError(
                path: file,
                reason: Localized(
                    en: "paper format '\(paper.format)' is not '\(formatVersion)'; make it again with 'quiz paper'",
                    ko: "시험지 형식이 다릅니다('\(paper.format)', 필요한 형식은 '\(formatVersion)'). 'quiz paper'로 다시 만드세요"))
        }
        return paper
    }

    /// The paper as a quiz to take: kinds and choices only, every credit zero, `isPaper` set.
    package func makeQuiz() throws -> Quiz {
        var questions: [Question] = []
        for (index, paperQuestion) in self.questions.enumerated() {
            guard let kind = Self.kind(of: paperQuestion) else {
                throw QuizFileError(
                    path: quiz,
                    reason: Localized(
                        en: "question \(index + 1) has an unknown kind '\(paperQuestion.kind)'",
                        ko: "문항 \(index + 1)의 종류 '\(paperQuestion.kind)'을(를) 알 수 없습니다"))
            }
            questions.append(
                Question(id: paperQuestion.id, text: paperQuestion.text, format: paperQuestion.format, kind: kind))
        }
        return Quiz(id: quiz, sha256: quizSHA256, questions: questions, isPaper: true)
    }

    private static func kind(of question: PaperQuestion) -> QuestionKind? {
        let choices = question.choices ?? []
        let blank = choices.map { Choice(text: $0, fraction: 0) }
        switch question.kind {
        case "description": return .description
        case "essay": return .essay
        case "multiple_choice": return .multipleChoice(blank)
        case "multiple_answers": return .multipleAnswers(blank)
        case "true_false": return .trueFalse(TrueFalseAnswer(isTrue: false))
        case "short_answer": return .shortAnswer([])
        case "numerical": return .numerical([])
        case "matching":
            let options = choices.map { MatchPair(left: "", right: $0) }
            return .matching(options + (question.prompts ?? []).map { MatchPair(left: $0, right: "") })
        default: return nil
        }
    }
}
