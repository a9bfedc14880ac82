extension Progress {
    /// The version of the layout this build reads and writes.
    package static let currentVersion = 1

    /// Three-way merge: what this session changed since `base` (what it last loaded or saved),
    /// applied onto `disk` (what another session may have saved meanwhile), so neither loses updates.
    ///
    /// Sections and lab blocks are unions; quiz scores this session appended are appended;
    /// a review card this session changed replaces the one on disk, the others stay as on disk.
    package func merged(since base: Progress, onto disk: Progress) -> Progress {
        var result = disk
        result.version = max(disk.version, version)
        for section in sectionsRead { result.markRead(section) }
        for block in labBlocksRun { result.markLabRun(block) }
        let newScores = quizScores.starts(with: base.quizScores) ? Array(quizScores.dropFirst(base.quizScores.count))
            : quizScores.filter { !base.quizScores.contains($0) }
        result.quizScores += newScores.filter { !disk.quizScores.contains($0) }
        for card in reviewCards where !base.reviewCards.contains(card) {
            if let index = result.reviewCards.firstIndex(where: { $0.quiz == card.quiz && $0.question == card.question }) {
                result.reviewCards[index] = card
            } else {
                result.reviewCards.append(card)
            }
        }
        return result
    }
}
