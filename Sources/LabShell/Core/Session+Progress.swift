extension Session {
    /// Records that the learner opened a section.
    func markRead(_ number: String) {
        progress.sectionsRead.insert(number)
    }

    /// Records that the learner ran a lab block.
    func markLabRun(file: String, line: Int) {
        progress.labBlocksRun.insert("\(file):\(line)")
    }
}
