import Lessons

extension Session {
    /// Shows `section` with a "next:" line after it, makes it current and records it as read,
    /// with its subsections when it contains them (a whole chapter), so `next` goes past them.
    func open(_ section: LessonSection) {
        let inside = (try? course().sections.filter { $0.number.hasPrefix(section.number + ".") }) ?? []
        currentSection = section.number
        readThrough = inside.last?.number
        showMarkdown(section.markdown + "\n\n" + nextLine(after: inside.last?.number ?? section.number))
        for number in [section.number] + inside.map(\.number) { progress.markRead(number) }
        saveProgress()
    }

    /// The section `next` opens: the one after the current section and what it contained.
    func sectionAfterCurrent() throws(LabError) -> LessonSection? {
        try course().section(after: readThrough ?? currentSection)
    }

    /// `next: 2.3 Caching — type 'next'`, or at the end of the course what to do instead.
    func nextLine(after number: String) -> String {
        guard let next = (try? course())?.section(after: number) else {
            return text(
                en: "*next: the course ends here; try 'quiz' or 'review'.*",
                ko: "*다음: 과정이 여기서 끝납니다. 'quiz'나 'review'를 해 보세요.*")
        }
        return text(
            en: "*next: \(next.number) \(next.title) (type 'next')*",
            ko: "*다음: \(next.number)절 「\(next.title)」 (이어 읽으려면 next)*")
    }

    /// For a learner who comes back: where they were and what is next; nil on a first visit.
    func welcomeBack() -> String? {
        guard let last = progress.sectionsRead.last, let course = try? course(),
            let section = course.sections.first(where: { $0.number == last })
        else { return nil }
        let unread = course.sections.first { !progress.sectionsRead.contains($0.number) }
        let total = course.sections.count
        let read = course.sections.filter { progress.sectionsRead.contains($0.number) }.count
        guard let unread else {
            return text(
                en: "Welcome back. You have read all \(total) sections; 'review' repeats what is due.",
                ko: "다시 오셨군요. \(total)개 절을 모두 읽었습니다. 'review'로 복습할 문제를 풀어 보세요.")
        }
        return text(
            en: "Welcome back. You were at \(section.number) \(section.title) (\(read) of \(total) sections read). "
                + "Next: \(unread.number) \(unread.title); type 'read \(unread.number)'.",
            ko: "다시 오셨군요. 지난번에는 \(section.number)절 「\(section.title)」까지 읽었습니다 (전체 \(total)개 절 가운데 \(read)개). "
                + "다음 읽을 절은 \(unread.number)절 「\(unread.title)」입니다. 이어 읽으려면 read \(unread.number)")
    }
}
