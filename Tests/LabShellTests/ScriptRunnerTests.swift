import Foundation
import Lessons
import Testing

@testable import LabShell

@Suite struct ScriptRunnerTests {
    @Test("Comments and blank lines are skipped; commands run in order")
    func runsInOrder() {
        let session = makeSession()
        let source = ScriptSource(name: "demo.lab", lines: ["# narration", "", "echo one", "  echo two  ", "seed 7"])
        #expect(ScriptRunner.run(source, in: session, echo: false) == 0)
        #expect(session.console.capturedOutput == "one\ntwo\nseed = 7\n")
        #expect(session.seed == 7)
    }

    @Test("The first failing line stops the script with FILE:LINE and the usage status")
    func stopsAtFirstFailure() {
        let session = makeSession()
        let source = ScriptSource(name: "demo.lab", lines: ["echo before", "# c", "ehco oops", "echo after"])
        #expect(ScriptRunner.run(source, in: session, echo: false) == 2)
        #expect(session.console.capturedOutput == "before\n")
        #expect(session.console.capturedErrors == "demo.lab:3: unknown command 'ehco' (did you mean 'echo'?)\n")
    }

    @Test("With echo each command is printed after '> ' before its output")
    func echoesLines() {
        let session = makeSession()
        let source = ScriptSource(name: "s", lines: ["# not echoed", "echo 안녕"])
        _ = ScriptRunner.run(source, in: session, echo: true)
        #expect(session.console.capturedOutput == "> echo 안녕\n안녕\n")
    }

    @Test("quit ends the script successfully and skips the rest, across several scripts")
    func quitStops() {
        let session = makeSession()
        let first = ScriptSource(name: "a", lines: ["echo a", "quit", "echo never"])
        let second = ScriptSource(name: "b", lines: ["echo b"])
        #expect(ScriptRunner.run([first, second], in: session, echo: false) == 0)
        #expect(session.console.capturedOutput == "a\n")
    }

    @Test("Bad words for a known command name the command and show its usage")
    func usageErrors() {
        let session = makeSession()
        let source = ScriptSource(name: "s", lines: ["seed 1 2"])
        #expect(ScriptRunner.run(source, in: session, echo: false) == 2)
        #expect(session.console.capturedErrors.hasPrefix("s:1: seed: Unexpected argument '2' (usage: seed [<value>])"))
    }

    @Test("Lines split on LF and CRLF; a missing final newline keeps the last line")
    func lineSplitting() {
        #expect(ScriptSource.splitLines("a\r\nb\nc") == ["a", "b", "c"])
        #expect(ScriptSource.splitLines("a\n\nb\n") == ["a", "", "b"])
    }

    @Test("A script file that is missing or not UTF-8 is a usage error naming the file")
    func unreadableFiles() throws {
        #expect(throws: LabError.self) { try ScriptSource.file("/nonexistent/x.lab") }
        let path = "/tmp/scalelab-invalid-\(UInt32.random(in: 0...UInt32.max)).lab"
        _ = FileManager.default.createFile(atPath: path, contents: Data([0x65, 0x63, 0xFF, 0xFE]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: LabError.usage("\(path): the script is not valid UTF-8", hint: "save it as UTF-8")) {
            try ScriptSource.file(path)
        }
    }

    @Test("A script read through a pipe path (what <(cmd) and /dev/stdin give) runs like a file")
    func pipePaths() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("echo from a pipe\n".utf8))
        try pipe.fileHandleForWriting.close()
        let source = try ScriptSource.file("/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)")
        #expect(source.next() == "echo from a pipe")
        #expect(source.next() == nil)
    }

    @Test("A missing script, a folder and an unreadable one each say what is wrong and the fix, in Korean too")
    func readErrors() throws {
        #expect(
            throws: LabError.usage(
                "/nonexistent/x.lab: no such script", hint: "check the path; 'set' shows the lessons folder")
        ) {
            try ScriptSource.file("/nonexistent/x.lab")
        }
        #expect(throws: LabError.usage("/tmp: 스크립트가 아니라 폴더입니다", hint: "그 안의 .lab 파일을 지정하세요")) {
            try ScriptSource.file("/tmp", language: .ko)
        }
    }

    @Test("An unreadable script says permission denied", .enabled(if: getuid() != 0, "root reads every file"))
    func permissionDenied() throws {
        let path = NSTemporaryDirectory() + "scalelab-locked-\(UUID().uuidString).lab"
        _ = FileManager.default.createFile(
            atPath: path, contents: Data("echo x\n".utf8), attributes: [.posixPermissions: 0])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            throws: LabError.usage("\(path): permission denied", hint: "make it readable (chmod u+r) or run a copy")
        ) {
            try ScriptSource.file(path)
        }
    }
}

@Suite struct ProgressAttachmentTests {
    @Test("A progress file of a newer layout is shown but never saved over, and 'progress' says why")
    func readOnlyProgress() throws {
        let folder = NSTemporaryDirectory() + "scalelab-progress-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/progress.json"
        let text =
            #"{"version": 9, "sections_read": ["2.1"], "lab_blocks_run": [], "quiz_scores": [], "review_cards": []}"#
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let session = makeSession(language: .ko)
        let warnings = session.attachProgress(ProgressStore(path: path))
        #expect(warnings.count == 1 && warnings[0].contains("읽기 전용"))
        try Interpreter.execute("read 1.1", in: session)
        try Interpreter.execute("progress", in: session)
        #expect(session.console.capturedOutput.contains("(진도 파일을 읽기 전용으로 쓰고 있어 이번 진도는 저장하지 않습니다)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(session.progress.sectionsRead == ["2.1", "1.1"])
    }
}
