import Foundation
import LabText

/// One sheet scored against the key.
package struct GradedSheet: Sendable, Hashable {
    package var path: String
    /// The learner's name, made safe to print.
    package var learner: String
    /// The learner's course id and e-mail address when the sheet carries them, made safe to print.
    package var learnerID: String?
    package var email: String?
    /// When the sheet was handed in (`submitted_at`).
    package var submittedAt: Date
    /// The responses and scores of the key's answerable questions, in key order.
    package var items: [GradedItem]
    /// What is odd about the sheet, in English and Korean (the JSON report keeps the English).
    package var warnings: [Localized]
    /// False when the sheet's seal does not match its content (edited by hand), or it has none (version 1).
    package var isSealed: Bool
    /// Seconds after the deadline the sheet came in (nil: on time, or no deadline).
    package var lateBy: Double?
    /// The share of the total taken off for lateness, in [0, 1].
    package var penalty: Double = 0

    /// A graded sheet as the live workshop builds one from its store (files go through `grade(_:path:key:digests:)`).
    package init(
        path: String, learner: String, learnerID: String? = nil, email: String? = nil, submittedAt: Date = .distantPast,
        items: [GradedItem], warnings: [Localized] = [], isSealed: Bool = true
    ) {
        self.path = path
        self.learner = learner
        self.learnerID = learnerID
        self.email = email
        self.submittedAt = submittedAt
        self.items = items
        self.warnings = warnings
        self.isSealed = isSealed
    }

    /// Points earned, never below 0 (as Moodle's quiz total), less the late penalty.
    package var points: Double { max(0, sum(\.points)) * (1 - penalty) }
    /// Points available: every question but the essays not yet marked.
    package var maxPoints: Double { sum(\.maxPoints) }
    /// `points / maxPoints` as a percentage (0 when nothing is graded).
    package var percent: Double { maxPoints > 0 ? points / maxPoints * 100 : 0 }
    /// The sum of `part` of every item's score, in item order.
    private func sum(_ part: KeyPath<Score, Double>) -> Double {
        // NB: not `map` then `reduce`: an array for every sheet each time a report asked for its points.
        var total = 0.0
        for item in items { total += item.score[keyPath: part] }
        return total
    }

    /// Who the learner is for resubmissions and marks: the course id when the sheet has one, else the normalised name.
    package var identity: String { learnerID.map { "id:" + $0 } ?? "name:" + ShortAnswerMatcher.normalized(learner) }

    /// Scores `sheet` (read from `path`, whose bytes are `file` when it was a file) against `key`, taking the items
    /// from `items` (a table of `key`'s) when other sheets answered alike.
    ///
    /// Unchanged questions are scored as answered; edited ones from the answer where it still fits
    /// (else as unanswered, with a warning); questions the learner never saw count as unanswered.
    static func grade(
        _ sheet: AnswerSheet, path: String, key: GradingKey, file: Data? = nil, items: inout GradedItemTable
    ) throws(SheetProblem) -> GradedSheet {
        var warnings = try sheet.check(against: key)
        let sealed =
            file.map { sheet.seal != nil && sheet.seal == SheetSeal.fileOrderDigest($0) } == true || sheet.hasIntactSeal
        if !sealed { warnings += sheet.sealWarnings }
        let graded = key.scoring.enumerated().map { column, scoring in
            let question = scoring.question
            let change = sheet.change(of: question, digests: key.digests)
            var response = change == .added ? nil : sheet.answers[question.id]
            if change == .edited, let given = response, !question.fits(given) {
                warnings.append(
                    Localized(
                        en:
                            "warning: the answer to '\(question.id)' does not fit the edited question; counted as unanswered "
                            + "(give it a mark with --marks if it deserves one)",
                        ko: "경고: '\(question.id)'의 답이 고친 문항에 맞지 않아 답하지 않은 것으로 셉니다 "
                            + "(점수를 줄 만하면 --marks로 주십시오)"))
                response = nil
            }
            return items.item(column: column, of: key.scoring, response: response, change: change)
        }
        return GradedSheet(
            path: path, learner: UntrustedText.oneLine(sheet.learner),
            learnerID: sheet.learnerID.map { UntrustedText.oneLine($0) },
            email: sheet.email.map { UntrustedText.oneLine($0) }, submittedAt: sheet.submissionDate ?? .distantPast,
            items: graded, warnings: warnings, isSealed: sealed && sheet.seal != nil)
    }
}
