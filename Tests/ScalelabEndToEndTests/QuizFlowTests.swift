import Foundation
import Testing

@Suite("Quizzes and grading, end to end")
struct QuizFlowTests {
    /// A fresh folder, removed by the caller's `defer`.
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "scalelab-quiz-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let answers =
        "a\nb\nc\na\nt\nb\nStateless servers keep no session.\nAny server can answer.\n\n0\nf\nb\nc\na,b\na\nd\na\nd\n"

    @Test("quiz 5 from a pipe: shuffled choices for this learner, results, a model answer and the score")
    func quizFive() async throws {
        let state = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let result = try await ScalelabProcess.run(
            ["quiz", "5"], input: Self.answers, environment: ["USER": "minji", "XDG_STATE_HOME": state])
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.check(result.stdout, named: "quiz-5-en")
    }

    @Test("the end of input in the middle keeps a draft; the next run resumes it")
    func draft() async throws {
        let state = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let environment = ["USER": "minji", "XDG_STATE_HOME": state]
        let first = try await ScalelabProcess.run(["quiz", "5"], input: "a\nb\n", environment: environment)
        #expect(
            first.stdout.contains(
                "quiz stopped; your 2 answer(s) are kept as a draft: 'quiz 5' picks up where you\nstopped"))
        let second = try await ScalelabProcess.run(["quiz", "5"], input: "", environment: environment)
        #expect(second.stdout.contains("resuming: 2 answer(s) kept from last time") && second.stdout.contains("[3/16]"))
    }

    @Test("a paper is answered, reviewed, handed in and graded; --answers - names what was left out")
    func paperAndGrade() async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = "lessons/quizzes/en/section-5.gift"
        let paper = try await ScalelabProcess.run(["quiz", "paper", key, "--out", folder + "/paper.json"])
        #expect(paper.status == 0, "\(paper.stderr)")
        try FileManager.default.createDirectory(atPath: folder + "/sheets", withIntermediateDirectories: true)
        let taken = try await ScalelabProcess.run(
            ["quiz", folder + "/paper.json", "--learner", "Ada", "--out", folder + "/sheets/ada.json"],
            input: Self.answers + "save\n", environment: ["XDG_STATE_HOME": folder])
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(taken.stdout.contains("your answers") && Self.flat(taken.stdout).hasSuffix("(16 answers) "))
        let parts = taken.stdout.components(separatedBy: "submitted")
        #expect(parts.count == 2 && parts[0].contains("your answers"), "'submitted' must appear once, after the review")
        let piped = try await ScalelabProcess.run(
            ["quiz", key, "--learner", "Bo", "--answers", "-", "--out", folder + "/sheets/bo.json"],
            input: "s5-read-cp: 0\n")
        #expect(
            piped.stdout.hasPrefix(
                "left out (no answer): s5-cap-choice, s5-eventual, s5-quorum, s5-cache-aside,\ns5-ttl-tf"))
        let keyText = try String(contentsOfFile: ScalelabProcess.repository.path + "/" + key, encoding: .utf8)
        let graded = try await ScalelabProcess.run(["grade", "--key", "/dev/stdin", folder + "/sheets"], input: keyText)
        #expect(graded.status == 0, "\(graded.stderr)")
        #expect(graded.stdout.contains("\nAda,") && graded.stdout.contains("\nBo,1,15,"))
    }

    @Test("grade --out into a missing folder fails before printing a gradebook")
    func gradeOutChecked() async throws {
        let result = try await ScalelabProcess.run([
            "grade", "--key", "lessons/quizzes/en/section-5.gift", "--out", "/nonexistent/x.csv", "lessons"
        ])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.contains("/nonexistent/x.csv: the folder '/nonexistent' does not exist"))
    }

    @Test("escape sequences in a quiz's text, choices and feedback never reach the terminal")
    func noEscapes() async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let gift = "::x:: \u{1B}[2JClear \u{1B}]52;c;aGk=\u{07} {=a\u{1B}[31m ~b#\u{1B}]0;t\u{07} ####\u{1B}[2J}\n"
        try gift.write(toFile: folder + "/esc.gift", atomically: true, encoding: .utf8)
        let result = try await ScalelabProcess.run(
            ["quiz", folder + "/esc.gift"], input: "b\n", environment: ["XDG_STATE_HOME": folder])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1/1]") && !result.stdout.contains("[1/1] x"))
        #expect(!(result.stdout + result.stderr).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    /// Output read as one line: messages wrap at the 80 columns of a pipe.
    static func flat(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }
}
