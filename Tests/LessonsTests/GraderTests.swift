import Foundation
import GradingBenchmarks
import Testing

@testable import Lessons

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Grading a folder of sheets")
struct GraderTests {
    struct Workshop {
        var directory: String
        var keyPath: String
        var sheets: String
        var batch: SheetGenerator.Batch
    }

    func workshop(_ name: String = #function) throws -> Workshop {
        let directory = makeTemporaryDirectory(name)
        let keyPath = directory + "/workshop.gift"
        try OutputFile.write(Data(GradingBenchmark.keyText.utf8), to: keyPath)
        let sheets = directory + "/sheets"
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        let batch = try SheetGenerator.write(
            count: 200, key: try QuizFile.loadKey(path: keyPath), directory: sheets, seed: 7)
        return Workshop(directory: directory, keyPath: keyPath, sheets: sheets, batch: batch)
    }

    /// Splits RFC 4180 text into rows of unquoted cells.
    func csvCells(_ text: String) -> [[String]] {
        var rows: [[String]] = [[]]
        var cell = ""
        var quoted = false
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex && scalars[index] == "\"" {
                        cell.unicodeScalars.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                rows[rows.count - 1].append(cell)
                cell = ""
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                rows[rows.count - 1].append(cell)
                cell = ""
                rows.append([])
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        return rows.filter { !$0.isEmpty }
    }

    @Test("200 generated sheets: broken ones reported, the rest graded, CSV safe, exit status 1")
    func gradesGeneratedFolder() throws {
        let shop = try workshop()
        defer { removeTemporaryDirectory(shop.directory) }
        let outcome = Grader.run(GradeRequest(keyPath: shop.keyPath, inputs: [shop.sheets], format: .csv))
        #expect(shop.batch.broken == 20)
        #expect(outcome.exitStatus == 1)
        let rejected = outcome.diagnostics.filter { !$0.contains(": warning: ") }
        #expect(rejected.count == 20)
        #expect(rejected.allSatisfy { $0.hasPrefix(shop.sheets + "/sheet-") })
        let rows = csvCells(outcome.report)
        #expect(
            rows.first == [
                "Full name", "ID number", "Grade", "Maximum grade", "Percentage", "Completed", "Late (minutes)", "File",
                "Q. mc /1.00", "Q. ma /1.00", "Q. tf /1.00", "Q. num /1.00", "Q. sa /1.00", "Q. essay /1.00"
            ])
        #expect(rows.count == 181)
        for cell in rows.joined() {
            #expect(
                !(cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false),
                "unsafe cell \(cell)")
            #expect(
                !cell.unicodeScalars.contains { $0.value == 0x1B || UntrustedText.isBidiControl($0) },
                "control in \(cell)")
        }
        let learners = rows.dropFirst().map { $0[0] }
        #expect(learners.contains("'=cmd|' /C calc'!A0") && learners.contains("김민준"))
        let unneutralised = learners.map { $0.hasPrefix("'") ? String($0.dropFirst()) : $0 }
        #expect(unneutralised == unneutralised.sorted())
    }

    @Test("every report format of the generated folder opens cleanly")
    func reportFormats() throws {
        let shop = try workshop()
        defer { removeTemporaryDirectory(shop.directory) }
        for format in ReportFormat.allCases {
            let out = shop.directory + "/report.\(format.rawValue)"
            let outcome = Grader.run(
                GradeRequest(keyPath: shop.keyPath, inputs: [shop.sheets], format: format, outPath: out))
            #expect(outcome.exitStatus == 1 && outcome.report.isEmpty)
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(
                !text.unicodeScalars.contains {
                    $0.value == 0x1B || $0.value == 0x07 || UntrustedText.isBidiControl($0)
                })
        }
        let junit = try Data(contentsOf: URL(fileURLWithPath: shop.directory + "/report.junit"))
        #expect(XMLParser(data: junit).parse())
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: shop.directory + "/report.json"))) as? [String: Any]
        #expect((json?["sheets"] as? [Any])?.count == 180 && (json?["rejected"] as? [Any])?.count == 20)
        let markdown = try String(contentsOfFile: shop.directory + "/report.markdown", encoding: .utf8)
        #expect(markdown.contains("## Score distribution") && markdown.contains("## Item statistics"))
        #expect(markdown.contains("Cronbach's alpha = "))
    }

    @Test("feedback files get safe, stable names; a rerun writes nothing without --force")
    func feedbackFiles() throws {
        let shop = try workshop()
        defer { removeTemporaryDirectory(shop.directory) }
        let feedback = shop.directory + "/feedback"
        try FileManager.default.createDirectory(atPath: feedback, withIntermediateDirectories: true)
        try OutputFile.write(Data("mine".utf8), to: feedback + "/notes.md")
        var request = GradeRequest(keyPath: shop.keyPath, inputs: [shop.sheets], feedbackDirectory: feedback)
        #expect(Grader.run(request).exitStatus == 1)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: feedback))
        #expect(names.count == 181 && names.contains("learner-1.md") && names.contains("notes.md"))
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        for name in names {
            #expect(
                name.allSatisfy(allowed.contains) && !name.hasPrefix(".") && !name.hasPrefix("-") && name.count <= 67,
                "\(name)")
        }
        let again = Grader.run(request)
        #expect(
            again.exitStatus == 2
                && again.diagnostics.last?.contains("add --force to replace the feedback files") == true)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: feedback)) == names)
        let added = AnswerSheet(
            quiz: try QuizFile.loadKey(path: shop.keyPath), learner: "Aaron",
            submittedAt: Date(timeIntervalSince1970: 0), answers: [:])
        try added.write(to: shop.sheets + "/aaa.json")
        request.force = true
        #expect(Grader.run(request).exitStatus == 1)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: feedback)) == names.union(["Aaron.md"]))
        #expect(try String(contentsOfFile: feedback + "/notes.md", encoding: .utf8) == "mine")
    }

    @Test("a learner who hands in again: the latest submitted_at counts, the older sheet is listed")
    func resubmission() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let key = sampleKey(file: directory + "/scaling.gift")
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        for (name, time, answer) in [("b", 100.0, false), ("a", 50.0, true)] {
            let sheet = AnswerSheet(
                quiz: key, learner: "Ada", submittedAt: Date(timeIntervalSince1970: time),
                answers: ["tf": .bool(answer)])
            try sheet.write(to: directory + "/\(name).json")
        }
        let outcome = Grader.run(
            GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/b.json", directory + "/a.json"]))
        #expect(outcome.exitStatus == 0)
        #expect(
            outcome.diagnostics == [
                "\(directory)/a.json: note: learner 'Ada' handed in 2 sheets; only the latest by submitted_at counts "
                    + "(\(directory)/b.json, 1970-01-01T00:01:40Z); not counted: \(directory)/a.json"
            ])
        #expect(
            outcome.report == """
                Full name,Grade,Maximum grade,Percentage,Completed,Late (minutes),File,Q. mc /1.00,Q. ma /1.00,Q. tf /1.00,Q. num /1.00,Q. sa /1.00,Q. essay /1.00\r
                Ada,1,5,20,1970-01-01T00:01:40Z,,\(directory)/b.json,0,0,1,0,0,\r

                """)
    }

    @Test(
        "unusable arguments exit with status 2 and grade nothing",
        arguments: [
            ("missing-key", "missing.gift: no such file; check the path"),
            ("missing-input", "nowhere: no such file or folder"),
            ("existing-out", "out.csv: already exists; choose another name"),
            ("missing-folder", "gone/out.csv: the folder '"),
            ("no-inputs", "no answer sheets given; name sheet files or folders")
        ])
    func usage(case name: String, message: String) throws {
        let directory = makeTemporaryDirectory(name)
        defer { removeTemporaryDirectory(directory) }
        let path = { (file: String) in directory + "/" + file }
        try OutputFile.write(Data(sampleKeyText.utf8), to: path("scaling.gift"))
        try OutputFile.write(Data(), to: path("out.csv"))
        let request =
            switch name {
            case "missing-key": GradeRequest(keyPath: path("missing.gift"), inputs: [directory])
            case "missing-input": GradeRequest(keyPath: path("scaling.gift"), inputs: [path("nowhere")])
            case "existing-out":
                GradeRequest(keyPath: path("scaling.gift"), inputs: [directory], outPath: path("out.csv"))
            case "missing-folder":
                GradeRequest(keyPath: path("scaling.gift"), inputs: [directory], outPath: path("gone/out.csv"))
            default: GradeRequest(keyPath: path("scaling.gift"), inputs: [])
            }
        let outcome = Grader.run(request)
        let expected = name == "no-inputs" ? message : path(message)
        #expect(outcome.exitStatus == 2 && outcome.report.isEmpty)
        #expect(outcome.diagnostics.first?.hasPrefix(expected) == true, "\(outcome.diagnostics)")
    }

    @Test("symlinks and non-JSON files in a folder are skipped and named")
    func skipsSymlinks() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let key = sampleKey(file: directory + "/scaling.gift")
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        try FileManager.default.createDirectory(atPath: directory + "/in", withIntermediateDirectories: true)
        try AnswerSheet(quiz: key, learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0), answers: [:]).write(
            to: directory + "/in/a.json")
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/in/link.json", withDestinationPath: directory + "/in/a.json")
        try OutputFile.write(Data("notes".utf8), to: directory + "/in/README.txt")
        let outcome = Grader.run(
            GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/in"], format: .json))
        #expect(outcome.exitStatus == 0)
        #expect(outcome.report.components(separatedBy: "\"learner\" : \"Ada\"").count == 2)
        #expect(
            outcome.diagnostics == [
                "\(directory)/in/README.txt: skipped: not an answer sheet (*.json)",
                "\(directory)/in/link.json: skipped: a symbolic link; a folder is read for regular files only, "
                    + "so a link cannot pull in a file from elsewhere (copy the sheet into the folder, or name it on the command line)"
            ])
    }
}
