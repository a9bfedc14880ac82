/// What a key fix did, in lines for the terminal: the questions that changed and how many scores moved.
enum RegradeSummary {
    /// The lines for `book`; outside a dry run, none when nothing changed.
    static func lines(_ book: Gradebook, dryRun: Bool) -> [String] {
        var lines = book.changes.map(describe)
        if let moved = book.movedScores {
            lines.append("\(moved) of \(book.sheets.count) scores moved compared with the previous key")
        } else if !lines.isEmpty {
            lines.append("give --previous-key OLD.gift to count the scores that moved")
        }
        guard dryRun else { return lines }
        if book.changes.isEmpty {
            lines.insert("no question changed: every sheet was answered on the questions of this key", at: 0)
        }
        lines.append(
            "would count \(book.sheets.count) sheets (\(book.rejected.count) rejected, \(book.superseded.count) superseded "
                + "by a later sheet, \(book.dropped.count) late and dropped); dry run: nothing written")
        return lines
    }

    private static func describe(_ change: KeyChange) -> String {
        let sheets = change.sheets == 1 ? "1 sheet" : "\(change.sheets) sheets"
        switch change.kind {
        case .edited:
            return
                "question '\(change.id)' was edited after \(sheets) were answered: regraded where the answer still fits"
        case .added: return "question '\(change.id)' was not on the paper of \(sheets): counted as unanswered there"
        case .scoring: return "question '\(change.id)': answers, credit, weight or feedback changed: \(sheets) regraded"
        case .removed: return "question '\(change.id)' was removed from the key: no longer counted on \(sheets)"
        }
    }
}
