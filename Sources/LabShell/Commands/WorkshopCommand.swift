import ArgumentParser
import Experiments
import Foundation
import LabText
import Lessons
import Workshop

/// `workshop start KEY.gift...`, `workshop export --db FILE`, `workshop bench`: a live quiz server for a room.
struct WorkshopCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract:
            "Run a live workshop: workshop start KEY.gift [--mode practice|exam] [--port N] [--bind ADDR] [--db FILE]; "
            + "workshop export --db FILE [--format csv|json|junit|markdown] [--feedback DIR]; workshop bench.")
    static let summary = Localized(
        en: "Run a live quiz for a room: learners answer in a browser, you watch a dashboard",
        ko: "강의실용 실시간 퀴즈: 학습자는 브라우저로 답하고 강사는 대시보드로 봅니다")
    static let completion = ArgumentCompletion.choices(["start", "export", "bench"])

    @Argument(help: "start, export or bench, then for start the GIFT answer keys.") var words: [String] = []
    @Option(help: "practice (feedback at once) or exam (feedback when you release it).") var mode = "practice"
    @Option(help: "The port to listen on (0 picks a free one).") var port = 8765
    @Option(help: "The address to listen on: 127.0.0.1 (this machine) or 0.0.0.0 (the whole network).") var bind =
        "127.0.0.1"
    @Option(help: "The SQLite store (default: the state folder).") var db: String?
    @Option(help: "export: the gradebook's format.") var format = ReportFormat.csv
    @Option(help: "export: write one feedback file per learner into this folder.") var feedback: String?
    @Option(help: "export: the quiz, when the workshop has several.") var quiz: String?
    @Option(help: "bench: how many learners.") var learners = 200
    @Option(help: "bench: questions per learner.") var questions = 40

    mutating func run(in session: Session) throws {
        switch words.first {
        case "start": try start(in: session)
        case "export": try export(in: session)
        case "bench": try WorkshopBenchCommand.run(learners: learners, questions: questions, in: session)
        default:
            throw LabError.usage(
                session.text(
                    en: "workshop: say start, export or bench", ko: "workshop: start, export, bench 중 하나를 쓰세요"),
                hint: "workshop start quiz.gift")
        }
    }

    private func start(in session: Session) throws {
        guard let chosen = WorkshopMode(rawValue: mode.lowercased()) else {
            let shown = UntrustedText.oneLine(mode)
            throw LabError.usage(
                session.text(
                    en: "workshop: --mode takes practice or exam, not '\(shown)'",
                    ko: "workshop: --mode에는 practice나 exam을 씁니다('\(shown)'은(는) 쓸 수 없습니다)"))
        }
        guard let port = UInt16(exactly: port) else {
            throw LabError.usage(
                session.text(en: "workshop: --port takes 0 to 65535", ko: "workshop: --port에는 0부터 65535까지 씁니다"))
        }
        let keys = Array(words.dropFirst())
        if keys.isEmpty, db == nil {
            throw LabError.usage(
                session.text(en: "workshop start: give the GIFT answer keys", ko: "workshop start: GIFT 정답 파일을 주세요"),
                hint: session.text(
                    en: "workshop start quiz.gift (or --db FILE to resume a workshop)",
                    ko: "workshop start quiz.gift (워크숍을 이어 가려면 --db FILE)"))
        }
        let path = db ?? WorkshopStart.defaultStore(keys: keys, statePath: session.environment.statePath)
        // NB: every key is read before the store is opened, so a mistyped key leaves no empty store behind.
        for key in keys { _ = try QuizFile.loadKey(path: key) }
        let workshop = try Workshop(store: try WorkshopStore(path: path), keyPaths: keys, mode: chosen)
        let announce = WorkshopStart(korean: session.language == .ko, storePath: path, workshop: workshop)
        let bind = bind
        do {
            try runBlocking { try await WorkshopServer.serve(workshop, bind: bind, port: port, ready: announce.print) }
        } catch let error as WorkshopError {
            throw error
        } catch {
            throw ServeFailure(cause: error)
        }
        session.printWrapped(
            session.text(
                en: "workshop stopped; every answer is in \(UntrustedText.oneLine(path))",
                ko: "워크숍을 멈췄습니다. 모든 답은 \(UntrustedText.oneLine(path))에 있습니다"))
    }

    private func export(in session: Session) throws {
        guard let db else {
            throw LabError.usage(
                session.text(en: "workshop export: give --db FILE", ko: "workshop export: --db FILE을 주세요"),
                hint: session.text(en: "the store 'workshop start' printed", ko: "'workshop start'가 알려 준 저장소"))
        }
        guard FileManager.default.fileExists(atPath: db) else {
            throw LabError.usage(
                session.text(
                    en: "workshop export: \(UntrustedText.oneLine(db)): no such store",
                    ko: "workshop export: \(UntrustedText.oneLine(db)): 그런 저장소가 없습니다"),
                hint: session.text(
                    en: "give the --db file of 'workshop start'", ko: "'workshop start'의 --db 파일을 주세요"))
        }
        let outcome = try WorkshopExport(store: try WorkshopStore(path: db)).report(
            quiz: quiz, format: format, language: session.language == .ko ? .ko : .en, feedbackDirectory: feedback)
        for line in outcome.diagnostics { session.console.printError(line) }
        if !outcome.report.isEmpty {
            session.console.write(outcome.report.utf8.last == 10 ? outcome.report : outcome.report + "\n")
        }
        if outcome.exitStatus != 0 {
            throw LabError(
                session.text(
                    en: "workshop export: some submissions could not be graded; see the messages above",
                    ko: "workshop export: 채점하지 못한 제출이 있습니다. 위의 메시지를 보세요"))
        }
    }
}
