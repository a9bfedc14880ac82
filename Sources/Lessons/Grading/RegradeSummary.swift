import LabText

/// What a key fix did, in lines for the terminal: the questions that changed and how many scores moved.
enum RegradeSummary {
    /// The lines for `book` in `language`; outside a dry run, none when nothing changed.
    static func lines(_ book: Gradebook, dryRun: Bool, language: Language = .en) -> [String] {
        var lines = book.changes.map { describe($0).text(language) }
        if let moved = book.movedScores {
            lines.append(
                Localized(
                    en: "\(moved) of \(book.sheets.count) scores moved compared with the previous key",
                    ko: "이전 정답 키와 비교해 점수 \(book.sheets.count)개 중 \(moved)개가 바뀌었습니다"
                ).text(language))
        } else if !lines.isEmpty {
            lines.append(
                Localized(
                    en: "give --previous-key OLD.gift to count the scores that moved",
                    ko: "바뀐 점수를 세려면 --previous-key OLD.gift를 주십시오"
                ).text(language))
        }
        guard dryRun else { return lines }
        if book.changes.isEmpty {
            let same = Localized(
                en: "no question changed: every sheet was answered on the questions of this key",
                ko: "바뀐 문항이 없습니다: 모든 답안지가 이 정답 키의 문항에 답했습니다")
            lines.insert(same.text(language), at: 0)
        }
        lines.append(counts(book).text(language))
        return lines
    }

    private static func counts(_ book: Gradebook) -> Localized {
        let (counted, rejected) = (book.sheets.count, book.rejected.count)
        let (superseded, dropped) = (book.superseded.count, book.dropped.count)
        return Localized(
            en: "would count \(counted) sheets (\(rejected) rejected, \(superseded) superseded by a later sheet, "
                + "\(dropped) late and dropped); dry run: nothing written",
            ko: "답안지 \(counted)장을 셀 것입니다 (거부 \(rejected)장, 나중에 낸 답안지로 대체 \(superseded)장, "
                + "마감 후 제외 \(dropped)장). 시험 실행이라 아무것도 쓰지 않았습니다")
    }

    private static func describe(_ change: KeyChange) -> Localized {
        let (id, count) = (change.id, change.sheets)
        let sheets = count == 1 ? "1 sheet" : "\(count) sheets"
        switch change.kind {
        case .edited:
            return Localized(
                en: "question '\(id)' was edited after \(sheets) were answered: regraded where the answer still fits",
                ko: "'\(id)' 문항은 답안지 \(count)장이 작성된 뒤에 고쳐졌습니다: 답이 여전히 들어맞는 답안지는 다시 채점했습니다")
        case .added:
            return Localized(
                en: "question '\(id)' was not on the paper of \(sheets): counted as unanswered there",
                ko: "'\(id)' 문항은 답안지 \(count)장의 시험지에 없었습니다: 그 답안지에서는 무응답으로 셉니다")
        case .scoring:
            return Localized(
                en: "question '\(id)': answers, credit, weight or feedback changed: \(sheets) regraded",
                ko: "'\(id)' 문항의 정답, 부분 점수, 배점 또는 피드백이 바뀌었습니다: 답안지 \(count)장을 다시 채점했습니다")
        case .removed:
            return Localized(
                en: "question '\(id)' was removed from the key: no longer counted on \(sheets)",
                ko: "'\(id)' 문항은 정답 키에서 빠졌습니다: 답안지 \(count)장에서 더는 세지 않습니다")
        }
    }
}
