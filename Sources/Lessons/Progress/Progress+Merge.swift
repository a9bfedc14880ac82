extension Progress {
    /// The version of the layout this build reads and writes.
    package static let currentVersion = 1

    /// Three-way merge: what this session changed since `base` (what it last loaded or saved),
    /// applied onto `disk` (what another session may have saved meanwhile), so neither loses updates.
    ///
    /// Sections and lab blocks are unions; quiz scores and predictions this session appended are appended;
    /// a review card this session changed replaces the one on disk, the others stay as on disk.
    package func merged(since base: Progress, onto disk: Progress) -> Progress {
        var result = disk
        result.version = max(disk.version, version)
        for section in sectionsRead { result.markRead(section) }
        for block in labBlocksRun { result.markLabRun(block) }
        result.quizScores += Self.appended(quizScores, since: base.quizScores, notIn: disk.quizScores)
        result.predictions += Self.appended(predictions, since: base.predictions, notIn: disk.predictions)
        for card in reviewCards where !base.reviewCards.contains(card) {
            if let index = result.reviewCards.firstIndex(where: { $0.quiz == card.quiz && $0.question == card.question }
            ) {
                result.reviewCards[index] = card
            } else {
                result.reviewCards.append(card)
            }
        }
        return result
    }

    /// What `mine` added since `base` (its new tail, or every item `base` lacks), minus what `disk` has already.
    private static func appended<Item: Equatable>(_ mine: [Item], since base: [Item], notIn disk: [Item]) -> [Item] {
        let added = mine.starts(with: base) ? Array(mine.dropFirst(base.count)) : mine.filter { !base.contains($0) }
        return added.filter { !disk.contains($0) }
    }
}
