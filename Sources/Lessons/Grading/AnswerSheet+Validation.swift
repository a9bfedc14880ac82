import Foundation

/// Why a sheet cannot be graded against a key (printed as `FILE: reason`).
package struct SheetProblem: Error, Sendable, Hashable {
    package var reason: String
}

extension AnswerSheet {
    /// The sheet in `data`, checked against `key`: format version, digest, learner and answer types.
    ///
    /// Returns warnings for answers to ids the key does not have.
    package static func validated(_ data: Data, key: Quiz) throws(SheetProblem) -> (AnswerSheet, [String]) {
        let start = data.first { !" \t\r\n".utf8.contains($0) }
        guard let start else {
            throw SheetProblem(reason: "empty file, not an answer sheet; hand in the JSON object that 'scalelab quiz ... --out' writes")
        }
        guard start != UInt8(ascii: "[") else {
            throw SheetProblem(reason: "a JSON array, not an answer sheet; a sheet is one JSON object {\"format\": \"\(formatVersion)\", ...}")
        }
        let sheet: AnswerSheet
        do {
            sheet = try JSONDecoder().decode(AnswerSheet.self, from: data)
        } catch {
            throw SheetProblem(reason: "not an answer sheet: \(JSONProblem.describe(error))")
        }
        try sheet.check(against: key)
        let unknown = sheet.answers.keys.filter { key.question(id: $0) == nil }.sorted()
        let warnings = unknown.map { "warning: answer to '\(UntrustedText.oneLine($0))' which is not a question of the key" }
        return (sheet, warnings)
    }

    private func check(against key: Quiz) throws(SheetProblem) {
        guard format == Self.formatVersion else {
            throw SheetProblem(reason: "format '\(UntrustedText.oneLine(format))' is not '\(Self.formatVersion)'")
        }
        guard quizSHA256 == key.sha256 else {
            throw SheetProblem(reason:
                "answers another quiz ('\(UntrustedText.oneLine(quiz))', digest \(UntrustedText.oneLine(String(quizSHA256.prefix(12))))), "
                + "not this key ('\(key.id)', digest \(key.sha256.prefix(12)))")
        }
        guard !UntrustedText.oneLine(learner).isEmpty else { throw SheetProblem(reason: "no learner name") }
        for question in key.questions {
            guard let response = answers[question.id], !question.accepts(response) else { continue }
            let expected = question.responseTypeName ?? "no answer"
            throw SheetProblem(reason:
                "answer to '\(question.id)' should be \(expected) (\(question.kind.name)), got \(response.typeName)")
        }
    }
}
