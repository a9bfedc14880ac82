import Foundation
import LabText

/// Answers typed in a file, one `id: answer` per line (`#` starts a comment line), read as a learner's typing.
package enum AnswersFile {
    /// The responses in `text` for `quiz`; every bad line is reported as `file:line: reason`.
    package static func parse(_ text: String, file: String, quiz: Quiz) throws(AnswersFileError) -> [String: Response] {
        var answers: [String: Response] = [:]
        var firstLine: [String: Int] = [:]
        var problems: [Localized] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            do throws(AnswerProblem) {
                let (id, response) = try parse(line: line, quiz: quiz)
                if let first = firstLine[id] {
                    throw AnswerProblem(
                        en: "'\(id)' was already answered on line \(first)", ko: "'\(id)'은(는) \(first)번째 줄에서 이미 답했어요")
                }
                firstLine[id] = index + 1
                answers[id] = response
            } catch {
                let place = "\(file):\(index + 1): "
                problems.append(Localized(en: place + error.message.en, ko: place + error.message.ko))
            }
        }
        guard problems.isEmpty else { throw AnswersFileError(messages: problems) }
        return answers
    }

    private static func parse(line: String, quiz: Quiz) throws(AnswerProblem) -> (String, Response) {
        guard let colon = line.firstIndex(of: ":") else {
            throw AnswerProblem(en: "expected 'id: answer', such as 'q1: b'", ko: "'q1: b' 처럼 '문항: 답' 형식으로 쓰세요")
        }
        let id = line[..<colon].trimmingWhitespace
        guard let question = quiz.question(id: id), question.kind != .description else {
            let ids = quiz.answerable.map(\.id).joined(separator: ", ")
            throw AnswerProblem(
                en: "no question '\(UntrustedText.oneLine(id))' in quiz '\(quiz.id)' (its questions: \(ids))",
                ko: "퀴즈 '\(quiz.id)'에는 '\(UntrustedText.oneLine(id))' 문항이 없어요 (문항: \(ids))")
        }
        let typed = line[line.index(after: colon)...].replacingOccurrences(of: "\\n", with: "\n")
        return (id, try AnswerInterpreter.interpret(typed, for: question))
    }
}

/// The bad lines of an answers file, each `file:line: reason` in English and Korean.
package struct AnswersFileError: Error, Sendable, Hashable, CustomStringConvertible {
    package var messages: [Localized]
    /// Every line in English.
    package var description: String { text(.en) }

    /// Every line in `language`, one a line.
    package func text(_ language: Language) -> String {
        messages.map { $0.text(language) }.joined(separator: "\n")
    }
}
