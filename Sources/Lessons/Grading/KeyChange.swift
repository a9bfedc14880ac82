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
        // NB: one pass over the sheets' items: a filter over the sheets for each question and kind copied every sheet
        // 80 times for a 40-question key.
        var edited = [Int](repeating: 0, count: key.answerable.count)
        var added = edited
        for index in sheets.indices {
            for (column, item) in sheets[index].items.enumerated() {
                switch item.change {
                case .edited?: edited[column] += 1
                case .added?: added[column] += 1
                case nil: break
                }
            }
        }
        for (column, question) in key.answerable.enumerated() {
            for (kind, count) in [(Kind.edited, edited[column]), (.added, added[column])] where count > 0 {
                changes.append(KeyChange(id: question.id, kind: kind, sheets: count))
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
