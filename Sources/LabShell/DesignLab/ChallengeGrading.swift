import Design
import Experiments
import Foundation
import Lessons

/// `grade --challenge CHALLENGE DESIGNS...`: each learner's design file checked against a design
/// challenge, into the quiz gradebooks (one question, and one JUnit test case, per requirement).
enum ChallengeGrading {
    /// Where the report and feedback files go.
    struct Output {
        var format: ReportFormat
        var out: String?
        var feedback: String?
        var force = false
    }

    /// Grades the `.mmd` files named or found in folders; returns the report text (empty when written
    /// to `out`) and how many designs could not be graded.
    /// - Throws: `LabError` for an unknown challenge, no designs, or a report that cannot be written.
    static func run(challenge name: String, inputs: [String], output: Output, session: Session) throws
        -> (String, Int)
    {
        let challenge = try DesignLocator.loadChallenge(name, session: session)
        if let out = output.out { try OutputFile.checkWritable(out, replacing: output.force) }
        if let folder = output.feedback { try FeedbackWriter.checkWritable(folder) }
        let (questions, entries) = try grade(try designFiles(inputs, session: session), challenge, session: session)
        let id = URL(fileURLWithPath: challenge.file).deletingPathExtension().lastPathComponent
        let book = Gradebook(
            key: Quiz(id: id, sha256: challenge.sha256, questions: questions), keyPath: challenge.file,
            scored: entries.filter { $0.problem == nil }.map(\.sheet),
            rejected: entries.compactMap { entry in entry.problem.map { .init(path: entry.sheet.path, reason: $0) } })
        for problem in book.diagnostics() { session.console.printError(problem) }
        let language: Language = session.language == .ko ? .ko : .en
        if let folder = output.feedback {
            _ = try ChallengeFeedback(challenge: challenge, language: language)
                .write(entries, to: folder, replacing: output.force)
        }
        let report = Grader.report(book, format: output.format, language: language)
        let rejected = entries.count { $0.problem != nil }
        guard let out = output.out else { return (report, rejected) }
        try OutputFile.write(Data(report.utf8), to: out, replacing: output.force)
        return ("", rejected)
    }

    /// Each design checked: its rows as gradebook items, or why it could not be graded.
    private static func grade(_ files: [String], _ challenge: Challenge, session: Session) throws
        -> ([Question], [ChallengeFeedback.Entry])
    {
        var questions: [Question] = []
        var entries: [ChallengeFeedback.Entry] = []
        for file in files {
            do {
                let design = try DesignLocator.load(file, session: session)
                let rows = try DesignCheck(challenge: challenge, design: design).rows(session: session)
                if questions.isEmpty { questions = rows.enumerated().map { question($1, number: $0 + 1) } }
                let items = zip(questions, rows).map {
                    GradedSheet.GradedItem(requirement: $0, met: $1.met, measured: $1.measured)
                }
                entries.append(.init(sheet: GradedSheet(path: file, learner: learner(file), scored: items), rows: rows))
            } catch {
                let sheet = GradedSheet(path: file, learner: learner(file), scored: [])
                entries.append(.init(sheet: sheet, rows: [], problem: problem(error, session: session)))
            }
        }
        return (questions, entries)
    }

    /// Why a design could not be graded, on one line (its file:line:col and what is wrong).
    private static func problem(_ error: any Error, session: Session) -> String {
        let message =
            (error as? DesignError).map { LabError($0, language: session.language).message }
            ?? (error as? LabError)?.message ?? String(describing: error)
        return UntrustedText.oneLine(message.split(separator: "\n").first.map(String.init) ?? message, limit: 500)
    }

    /// `r1 steady: p99_ms < 200`: numbered, so two runs checking the same metric stay apart.
    private static func question(_ row: DesignCheck.Row, number: Int) -> Question {
        Question(
            id: "r\(number) \(row.run): \(row.requirement)", text: row.requirement,
            kind: .trueFalse(TrueFalseAnswer(isTrue: true)))
    }

    /// The learner's name: the file name without `.mmd`.
    private static func learner(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Design files named, and the `.mmd` files of folders named (sorted); symbolic links are not followed into.
    private static func designFiles(_ inputs: [String], session: Session) throws -> [String] {
        var files: [String] = []
        for input in inputs {
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &folder), folder.boolValue else {
                files.append(input)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            files += names.filter { $0.hasSuffix(".mmd") }.sorted().map {
                (input as NSString).appendingPathComponent($0)
            }
        }
        guard !files.isEmpty else {
            throw LabError.usage(
                session.text(
                    en: "grade --challenge: no design files (.mmd) given or found",
                    ko: "grade --challenge: 설계 파일(.mmd)이 없습니다"),
                hint: "grade --challenge survive-server-crash designs/")
        }
        return files
    }
}
