import Foundation

/// A key made ready to grade many sheets: its question digests, ids and scoring keys computed once.
package struct GradingKey: Sendable {
    package let quiz: Quiz
    /// `quiz.questionDigests`.
    package let digests: [String: String]
    /// The answerable questions in key order, each with its accepted answers normalised.
    package let scoring: [ScoringKey]
    /// The ids of every question of the key, descriptions included.
    let ids: Set<String>
    /// Every question of the key, in key order, with what checking a sheet's answer to it needs.
    let checks: [Check]
    /// How a clean sheet of this key reads (nil: no sheet of it can be clean).
    let layout: CleanSheet.Layout?

    /// What checking an answer needs of one question: its id, digest and response type, read once per key.
    struct Check: Sendable {
        let id: String
        let digest: String?
        /// `Question.responseTypeName`.
        let typeName: String?
    }

    package init(_ quiz: Quiz) {
        self.quiz = quiz
        let digests = quiz.questionDigests
        self.digests = digests
        scoring = quiz.answerable.map(ScoringKey.init)
        ids = Set(quiz.questions.map(\.id))
        checks = quiz.questions.map { Check(id: $0.id, digest: digests[$0.id], typeName: $0.responseTypeName) }
        layout = CleanSheet.Layout(quiz, digests: digests)
    }
}

extension GradingKey {
    /// The sheet file `file` graded against this key both ways: as `grade` grades it (straight from its bytes when it
    /// is clean, see `CleanSheet`) and the general way; the two must agree (`CleanSheetTests`, `FuzzSheet`).
    package func gradedBothWays(_ file: Data, path: String = "sheet.json") -> (
        usual: Result<GradedSheet, SheetProblem>, general: Result<GradedSheet, SheetProblem>
    ) {
        var usual = SheetScorer(key: self, previous: nil)
        var general = SheetScorer(key: self, previous: nil)
        return (
            Result { () throws(SheetProblem) in try usual.score(file: file, path: path).sheet },
            Result { () throws(SheetProblem) in
                try general.score(AnswerSheet.decoded(file), path: path, file: file).sheet
            }
        )
    }
}
