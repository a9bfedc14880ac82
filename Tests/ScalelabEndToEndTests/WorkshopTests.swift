import Foundation
import Testing

@Suite struct WorkshopTests {
    let key = ScalelabProcess.repository.appendingPathComponent("Tests/ScalelabEndToEndTests/Fixtures/demo.gift").path

    /// Writes a file in `folder` and returns its path.
    func write(_ text: String, _ name: String, in folder: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("Learners answer from files, the instructor grades the folder; broken sheets are named and the rest graded")
    func workshop() async throws {
        let folder = ScalelabProcess.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sheets = folder + "/sheets"
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        let learners = [
            ("Kim Minji", "s2-stateless: 무상태\ns2-reads: a\ns3-tf: x\ns1-nines: 52.6\n"),
            ("=cmd|' /C calc'!A0", "s2-reads: b\ns2-stateless: =1+1\n"),
            ("Lee\u{1B}[31m", "s3-tf: o\n")
        ]
        for (index, learner) in learners.enumerated() {
            let answers = try write(learner.1, "answers\(index).txt", in: folder)
            let result = try await ScalelabProcess.run([
                "quiz", key, "--learner", learner.0, "--answers", answers, "--out", "\(sheets)/\(index).json"
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        _ = try write("{ not json", "broken.json", in: sheets)
        let again = try await ScalelabProcess.run([
            "quiz", key, "--learner", "x", "--answers", folder + "/answers0.txt", "--out", "\(sheets)/0.json"
        ])
        #expect(again.status != 0, "an existing sheet must not be overwritten")

        let graded = try await ScalelabProcess.run(["grade", "--key", key, "--format", "csv", sheets])
        #expect(graded.status == 1)
        #expect(graded.stderr.contains("broken.json:"))
        let rows = graded.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }  // RFC 4180 line ends
        #expect(
            rows.first == "Full name,Grade,Maximum grade,Percentage,Completed,Late (minutes),File,"
                + "Q. s2-stateless /1.00,Q. s2-reads /1.00,Q. s3-tf /1.00,Q. s1-nines /1.00")
        #expect(rows.count == 4)
        #expect(rows.contains { $0.hasPrefix("Kim Minji,4,4,100") })
        for cell in rows.dropFirst().flatMap({ $0.split(separator: ",") }) {
            #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""), "formula-like cell \(cell)")
        }
        #expect(!graded.stdout.contains("\u{1B}"))
    }

    @Test("Exam mode: a paper has no answers in it, and sheets answered on it grade against the key")
    func paper() async throws {
        let folder = ScalelabProcess.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try await ScalelabProcess.run(["quiz", "paper", key, "--out", folder + "/paper.json"])
        #expect(made.status == 0, "\(made.stderr)")
        let paper = try String(contentsOfFile: folder + "/paper.json", encoding: .utf8)
        #expect(!paper.contains("####") && !paper.contains("맞습니다") && !paper.contains("52.6"))
        let answers = try write("s2-reads: a\ns1-nines: 52.6\n", "a.txt", in: folder)
        let answered = try await ScalelabProcess.run([
            "quiz", folder + "/paper.json", "--learner", "Park", "--answers", answers,
            "--out", folder + "/park.json"
        ])
        #expect(answered.status == 0, "\(answered.stderr)")
        let graded = try await ScalelabProcess.run([
            "grade", "--key", key, "--format", "markdown", folder + "/park.json"
        ])
        #expect(graded.status == 0, "\(graded.stderr)")
        #expect(graded.stdout.contains("Park"))
    }

    @Test(
        "An instructor's run: marks, a resubmission, the Markdown report and the terminal summary match their golden files"
    )
    func instructorRun() async throws {
        let folder = ScalelabProcess.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sheets = folder + "/download/sheets"
        for learner in ["kim", "lee"] {
            try FileManager.default.createDirectory(atPath: sheets + "/" + learner, withIntermediateDirectories: true)
        }
        let runs = [
            ("김민준", "kim/1", "s2-stateless: 무상태\ns2-reads: a\ns3-tf: x\ns1-nines: 52.6\n"),
            ("Lee Seo", "lee/1", "s2-reads: b\n"), ("Lee Seo", "lee/2", "s2-reads: a\ns3-tf: o\n")
        ]
        for (index, run) in runs.enumerated() {
            let answers = try write(run.2, "answers\(index).txt", in: folder)
            let result = try await ScalelabProcess.run([
                "quiz", key, "--learner", run.0, "--answers", answers, "--out", "\(sheets)/\(run.1).json"
            ])
            #expect(result.status == 0, "\(result.stderr)")
            // NB: submitted_at has whole seconds; the resubmission must come later
            try await Task.sleep(for: .milliseconds(1100))
        }
        _ = try write("notes", "README.txt", in: sheets)
        let marks = try write(
            "learner,question,points,comment\nLee Seo,s3-tf,0.5,\"half, by hand\"\n", "marks.csv", in: folder)
        let graded = try await ScalelabProcess.run([
            "grade", "--key", key, "--marks", marks, "--format", "markdown", "--out", folder + "/report.md",
            "--summary", folder + "/download"
        ])
        #expect(graded.status == 0, "\(graded.stderr)")
        let normalise = { (text: String) in
            text.replacingOccurrences(of: folder, with: "FOLDER").replacingOccurrences(
                of: ScalelabProcess.repository.path, with: "REPO"
            )
            .replacing(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/, with: "TIME")
        }
        try Golden.check(normalise(graded.stdout), named: "grade-summary")
        try Golden.check(normalise(graded.stderr), named: "grade-diagnostics")
        try Golden.check(
            normalise(try String(contentsOfFile: folder + "/report.md", encoding: .utf8)), named: "grade-markdown")
    }

    @Test("quiz with nothing on standard input shows the first question and says how to answer")
    func noTerminal() async throws {
        let result = try await ScalelabProcess.run(["quiz", key])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[1/4]") && result.stdout.contains("--answers FILE"))
    }
}
