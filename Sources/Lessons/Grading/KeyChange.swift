/// A question of the key that differs from what sheets were answered on, or from the previous key.
package struct KeyChange: Sendable, Hashable {
    /// What changed.
    package enum Kind: String, Sendable, Hashable {
        /// The text, kind or choices a paper shows: answers regraded where they still fit.
        case edited
        /// Not on some learners' papers: unanswered on their sheets.
        case added
        /// Only the answers, credits, weight or feedback (found with `--previous-key`): every sheet regraded.
        case scoring
        /// In the previous key, not in this one: no longer counted.
        case removed
    }

    package var id: String
    package var kind: Kind
    /// How many counted sheets it touches.
    package var sheets: Int

    /// The changes in key order (removed questions last): from each sheet's question digests, and from
    /// comparing `key` with `previous` when given.
    static func changes(in sheets: [GradedSheet], key: Quiz, previous: Quiz?) -> [KeyChange] {
        var changes: [KeyChange] = []
        let before = previous.map { Dictionary($0.answerable.map { ($0.id, $0) }) { first, _ in first } }
        for (column, question) in key.answerable.enumerated() {
            for kind in [QuestionChange.edited, .added] {
                let count = sheets.filter { $0.items[column].change == kind }.count
                if count > 0 {
                    changes.append(KeyChange(id: question.id, kind: kind == .edited ? .edited : .added, sheets: count))
                }
            }
            guard let before, changes.last?.id != question.id else { continue }
            if let old = before[question.id], !sameScoring(old, question) {
                changes.append(
                    KeyChange(
                        id: question.id,
                        kind: QuizPaper.digest(of: old) == QuizPaper.digest(of: question) ? .scoring : .edited,
                        sheets: sheets.count))
            }
        }
        let current = Set(key.answerable.map(\.id))
        changes += (previous?.answerable ?? []).filter { !current.contains($0.id) }.map {
            KeyChange(id: $0.id, kind: .removed, sheets: sheets.count)
        }
        return changes
    }

    private static func sameScoring(_ old: Question, _ new: Question) -> Bool {
        old.kind == new.kind && old.weight == new.weight && old.generalFeedback == new.generalFeedback
            && old.text == new.text
    }
}
