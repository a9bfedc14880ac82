import Foundation
import LabText

extension AnswerSheet {
    /// The sheet in `data`, checked against `key`: format version, digests, learner, time and answer types.
    ///
    /// Returns warnings for answers to ids the key does not have and for a broken seal.
    package static func validated(_ data: Data, key: Quiz) throws(SheetProblem) -> (AnswerSheet, [Localized]) {
        let sheet = try decoded(data)
        return (
            sheet,
            try sheet.check(against: GradingKey(key))
                + (sheet.hasIntactSeal ? [] : sheet.sealWarnings)
        )
    }

    /// The sheet in `data`, read but not yet checked against a key.
    package static func decoded(_ data: Data) throws(SheetProblem) -> AnswerSheet {
        let start = data.first { !" \t\r\n".utf8.contains($0) }
        guard let start else {
            throw SheetProblem.empty
        }
        guard start != UInt8(ascii: "[") else {
            throw SheetProblem.array(formatVersion)
        }
        if let sheet = SheetReader.sheet(data) { return sheet }
        return try foundationDecoded(data)
    }

    /// The sheet as `JSONDecoder` reads it: what `decoded(_:)` falls back to, and what fuzzing compares it with.
    package static func foundationDecoded(_ data: Data) throws(SheetProblem) -> AnswerSheet {
        do {
            return try JSONDecoder().decode(AnswerSheet.self, from: data)
        } catch {
            throw SheetProblem.notJSON(JSONProblem.localized(error))
        }
    }

    /// Checks the sheet against `key` and returns its warnings (the seal is not checked).
    package func check(against grading: GradingKey) throws(SheetProblem) -> [Localized] {
        let key = grading.quiz
        let digests = grading.digests
        guard format == Self.formatVersion || format == Self.firstVersion else {
            throw SheetProblem.format(
                UntrustedText.oneLine(format), expected: Self.formatVersion, older: Self.firstVersion)
        }
        try checkSameQuiz(key, digests: digests)
        guard !UntrustedText.oneLine(learner).isEmpty else { throw SheetProblem.noLearner }
        guard submissionDate != nil else {
            throw SheetProblem.time(UntrustedText.oneLine(submittedAt))
        }
        // NB: one pass over what the key computed once; looking up each question's digest and copying each question
        // was half of checking a sheet (callgrind).
        var answered = 0
        for (index, check) in grading.checks.enumerated() {
            guard let response = answers[check.id] else { continue }
            answered += 1
            if let questions {
                guard let seen = questions[check.id], seen == check.digest else { continue }
            }
            guard check.typeName != response.typeName else { continue }
            let question = key.questions[index]
            throw SheetProblem.answerType(
                question.id, expected: check.typeName ?? "no answer", kind: question.kind.name, got: response.typeName)
        }
        // Every answer is to a question of the key when each was found under a different id of the key.
        guard answered < answers.count || grading.ids.count < grading.checks.count else { return [] }
        let unknown = answers.keys.filter { !grading.ids.contains($0) }.sorted()
        return unknown.map {
            let id = UntrustedText.oneLine($0)
            return Localized(
                en: "warning: answer to '\(id)' which is not a question of the key",
                ko: "경고: 키에 없는 문항 '\(id)'에 대한 답입니다")
        }
    }

    /// How `question` of the key differs from the one this sheet's learner saw (nil: the same).
    package func change(of question: Question, digests: [String: String]) -> QuestionChange? {
        guard let questions else { return nil }
        guard let seen = questions[question.id] else { return .added }
        return seen == digests[question.id] ? nil : .edited
    }

    /// `submitted_at` as a date, nil when it is not ISO 8601.
    package var submissionDate: Date? {
        SheetTime.date(submittedAt)
    }

    private func checkSameQuiz(_ key: Quiz, digests: [String: String]) throws(SheetProblem) {
        guard quizSHA256 != key.sha256 else { return }
        let digest = UntrustedText.oneLine(String(quizSHA256.prefix(12)))
        guard let questions else {
            throw SheetProblem.otherVersion(
                quiz: UntrustedText.oneLine(quiz), digest: digest, key: key.id, keyDigest: String(key.sha256.prefix(12))
            )
        }
        let shared = questions.contains { digests[$0.key] == $0.value }
        guard shared || quiz == key.id else {
            throw SheetProblem.otherQuiz(
                quiz: UntrustedText.oneLine(quiz), digest: digest, key: key.id, keyDigest: String(key.sha256.prefix(12))
            )
        }
    }

    /// True when the seal matches the content; a version 1 sheet, which has none, counts as intact.
    package var hasIntactSeal: Bool {
        format != Self.formatVersion || seal == SheetSeal.digest(of: self) || seal == computedSeal
    }

    /// The warning of a sheet whose seal does not match.
    var sealWarnings: [Localized] {
        [
            Localized(
                en:
                    "warning: edited after it was written (its seal does not match its content: the learner, the time or "
                    + "an answer was changed by hand); graded as it stands, check it with the learner",
                ko: "경고: 쓰인 뒤에 고쳐졌습니다 (봉인이 내용과 맞지 않습니다: 학습자, 시각 또는 답을 손으로 바꿨습니다). "
                    + "있는 그대로 채점했으니 학습자와 확인하십시오")
        ]
    }
}
