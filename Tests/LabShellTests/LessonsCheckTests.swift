import Foundation
import Testing

@testable import LabShell

@Suite struct LessonsCheckTests {
    /// A small course in a temporary folder.
    func makeCourse(english: String, korean: String, script: String) throws -> String {
        let folder = NSTemporaryDirectory() + "scalelab-check-" + UUID().uuidString
        for (language, text) in [("en", english), ("ko", korean)] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(language)", withIntermediateDirectories: true)
            try text.write(toFile: "\(folder)/\(language)/1-why.md", atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: "\(folder)/scripts", withIntermediateDirectories: true)
        try script.write(toFile: "\(folder)/scripts/demo.lab", atomically: true, encoding: .utf8)
        return folder
    }

    func check(_ folder: String) -> LessonsCheck.Outcome {
        LessonsCheck(
            folder: folder,
            environment: ShellEnvironment(variables: [:], lessonsPath: folder, statePath: "/nonexistent")
        ).run()
    }

    @Test("A course whose lab blocks and scripts all hold passes, counting what it ran")
    func passes() throws {
        let folder = try makeCourse(
            english: "# 1. Why\n```lab\necho ok\nseed 3\n```\n",
            korean: "# 1. 왜\n```lab\necho 좋아요\n```\n", script: "echo demo --ko 데모\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = check(folder)
        #expect(outcome.failures.isEmpty)
        #expect(outcome.labBlocks == 2)
        #expect(outcome.scripts == 2)
    }

    @Test("A lab command that fails is reported at its file and line, and says what is missing")
    func labFailure() throws {
        let folder = try makeCourse(
            english: "# 1. Why\n\n```lab\necho fine\nrun nosuchexperiment\n```\n",
            korean: "# 1. 왜\n", script: "echo demo --ko 데모\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = check(folder)
        #expect(
            outcome.failures.map(\.description) == [
                "\(folder)/en/1-why.md:5: unknown experiment 'nosuchexperiment' (type 'experiments' for the list)"
            ])
    }

    @Test("A failing script is reported once per language with its line")
    func scriptFailure() throws {
        let folder = try makeCourse(
            english: "# 1. Why\n", korean: "# 1. 왜\n", script: "echo a --ko 가\n\nexpect x < 1\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = check(folder)
        #expect(outcome.failures.count == 2)
        #expect(
            outcome.failures.first?.description
                == "\(folder)/scripts/demo.lab:3: [en] expect: no experiment has run yet (run one first, e.g. 'run load')"
        )
    }

    @Test("An echo in a lesson script without its Korean is reported at its line")
    func untranslatedEcho() throws {
        let folder = try makeCourse(
            english: "# 1. Why\n", korean: "# 1. 왜\n", script: "seed 3\necho \"only English\"\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(
            check(folder).failures.map(\.description)
                == [
                    "\(folder)/scripts/demo.lab:2: echo has no Korean; add --ko \"...\" with the same sentence in Korean"
                ])
    }

    @Test("Sections present in one language only are reported")
    func parity() throws {
        let folder = try makeCourse(english: "# 1. Why\n## 1.1 Three\n", korean: "# 1. 왜\n", script: "")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(check(folder).failures.map(\.message.en) == ["section 1.1 has no Korean counterpart"])
        #expect(check(folder).failures.map { $0.text(.ko) } == ["\(folder)/en/1-why.md:2: 1.1절에 대응하는 한국어 절이 없습니다"])
    }

    @Test("A quiz that does not parse is reported once, at its own line and column, in Korean too")
    func brokenQuiz() throws {
        let folder = try makeCourse(english: "# 1. Why\n", korean: "# 1. 왜\n", script: "")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for language in ["en", "ko"] {
            try FileManager.default.createDirectory(
                atPath: "\(folder)/quizzes/\(language)", withIntermediateDirectories: true)
            try "::q:: Q {=a =b ~c}\n{".write(
                toFile: "\(folder)/quizzes/\(language)/q.gift", atomically: true, encoding: .utf8)
        }
        let failures = check(folder).failures
        #expect(failures.count == 2)
        let korean = failures.first?.text(.ko) ?? ""
        #expect(korean.hasPrefix("\(folder)/quizzes/en/q.gift:2:1: "), "\(korean)")
        #expect(korean != failures.first?.description && korean.contains("답 부분은 하나만"), "\(korean)")
    }
}
