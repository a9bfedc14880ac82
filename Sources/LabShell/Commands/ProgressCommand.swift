import ArgumentParser
import Experiments
import LabText
import Lessons

/// `progress`: sections read per chapter, lab blocks run, quiz scores and reviews due.
struct ProgressCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Show what you have read, run and scored.")
    static let summary = Localized(en: "Show what you have read, run and scored", ko: "읽은 절, 실행한 실습, 퀴즈 점수를 봅니다")

    mutating func run(in session: Session) throws {
        let course = try session.course()
        let progress = session.progress
        let rows = course.chapters.map { chapter -> [String] in
            let parts = course.sections.filter { chapter.contains($0.number) }
            let read = parts.filter { progress.sectionsRead.contains($0.number) }.count
            let labs = chapter.labBlocks.filter {
                progress.labBlocksRun.contains(session.labBlockID(file: $0.file, line: $0.line))
            }.count
            let score = progress.quizScores.last { $0.quiz == "section-\(chapter.number)" }
            return [
                chapter.number, chapter.title, "\(read)/\(parts.count)", "\(labs)/\(chapter.labBlocks.count)",
                score.map { "\(MetricText.format($0.points))/\(MetricText.format($0.maxPoints))" } ?? "—"
            ]
        }
        session.showTable(
            headers: [
                session.text(en: "§", ko: "절"), session.text(en: "title", ko: "제목"),
                session.text(en: "read", ko: "읽음"), session.text(en: "labs run", ko: "실습"),
                session.text(en: "last quiz", ko: "최근 퀴즈")
            ], rows: rows)
        let due = ReviewPlan(session: session).count
        session.printWrapped(
            session.text(
                en: "\(progress.reviewCards.count) question(s) in review, \(due) due today ('review').",
                ko: "복습 중인 문제 \(progress.reviewCards.count)개, 오늘 복습할 문제 \(due)개 ('review')."))
        for line in PredictionCalibrationView.lines(
            progress, sectionOrder: course.sectionNumbers, language: session.language)
        { session.console.print(line) }
        if session.progressIsReadOnly {
            session.printWrapped(
                session.text(
                    en: "(the progress file is used read-only: this session's progress is not saved)",
                    ko: "(진도 파일을 읽기 전용으로 쓰고 있어 이번 진도는 저장하지 않습니다)"))
        } else if session.progressStore == nil {
            session.printWrapped(
                session.text(en: "(scripts and pipes keep no progress)", ko: "(스크립트와 파이프는 진도를 기록하지 않습니다)"))
        }
    }
}
