import Foundation

extension QuizPaper {
    /// A paper from JSON, checking its format version; `file` names it in errors.
    package static func decode(_ data: Data, file: String) throws -> QuizPaper {
        let paper: QuizPaper
        do {
            paper = try JSONDecoder().decode(QuizPaper.self, from: data)
        } catch {
            throw QuizFileError(path: file, reason: "not a scalelab exam paper (\(JSONProblem.describe(error)))")
        }
        guard paper.format == formatVersion else {
            throw QuizFileError(
                path: file,
                reason: "paper format '\(paper.format)' is not '\(formatVersion)'; make it again with 'quiz paper'")
        }
        return paper
    }

    /// The paper as a quiz to take: kinds and choices only, every credit zero, `isPaper` set.
    package func makeQuiz() throws -> Quiz {
        var questions: [Question] = []
        for (index, paperQuestion) in self.questions.enumerated() {
            guard let kind = Self.kind(of: paperQuestion) else {
                throw QuizFileError(
                    path: quiz, reason: "question \(index + 1) has an unknown kind '\(paperQuestion.kind)'")
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
