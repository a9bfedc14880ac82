import Experiments
import Foundation
import Lessons
import Workshop

@testable import LabShell

/// The command lines the Korean sweep runs: every command and subcommand, with good and bad arguments,
/// against files made in a temporary folder (a broken course, a broken design, a sheet, a workshop store).
extension KoreanSweepTests {
    /// A temporary folder with the files the sweep's command lines name, removed by `remove()`.
    struct Fixtures {
        let folder = NSTemporaryDirectory() + "scalelab-korean-" + UUID().uuidString
        var key: String { lessonsFolder + "/quizzes/ko/section-5.gift" }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }

        /// Writes the broken course, the broken design, an answers file and a workshop store with one hand-in.
        func make() async throws {
            let files = [
                "course/en/1-why.md": "# 1. Why\n\n## 1.1 Three\n\n```lab\nrun nosuch\n```\n",
                "course/ko/1-why.md": "# 1. 왜\n\n```lab\nrun load requests=2000\npredict p99_ms\n```\n",
                "course/scripts/demo.lab": "echo \"only English\"\nexpect p99_ms < 0\n",
                "course/quizzes/en/q.gift": "::q:: Q {=a =b ~c}\n{",
                "course/quizzes/ko/q.gift": "::q:: 질문 {=2 =가 ~W >}\n\n::e:: 설명하세요. {}\n\n::t:: 참? {T#맞습니다.#아니요.}\n",
                "broken.mmd": "graph LR\n    A --> \n%% sim A: nosuch x=1\n",
                "answers.txt": "s5-eventual: a\ns5-pacelc: b\n"
            ]
            for (path, text) in files {
                let full = folder + "/" + path
                try FileManager.default.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: full, atomically: true, encoding: .utf8)
            }
            try FileManager.default.createDirectory(atPath: folder + "/sheets", withIntermediateDirectories: true)
            try await makeStore()
        }

        private func makeStore() async throws {
            let store = try WorkshopStore(path: folder + "/store.sqlite")
            try store.addQuiz(id: "section-5", keyText: try String(contentsOfFile: key, encoding: .utf8), state: .open)
            _ = try store.addLearner(name: "민지", tokenHash: "0", at: "2026-12-01T09:00:00Z")
            try await store.saveAnswer(
                learner: "민지", quiz: "section-5", question: "s5-eventual", response: .text("없음"),
                at: "2026-12-01T09:01:00Z")
            _ = try await store.submit(learner: "민지", quiz: "section-5", at: "2026-12-01T09:02:00Z")
        }

        /// Command lines run one after another in one Korean session (`-f -`).
        var scripts: [[String]] {
            let f = folder
            return [
                ["toc", "read 2.1", "next", "prev", "try", "diagram", "progress", "experiments", "params load"],
                ["run load", "run load rate=3600", "compare", "expect p99_ms < 0"],
                ["run load sweep=rate", "run cache sweep=size", "compare"],
                ["read 3.2", "try", "predict p99_ms", "run breaker", "review"],
                ["search 캐시", "search zzzz", "search", "diagram 99", "params nosuch", "predict", "predict nosuch"],
                ["design list", "design run 2.1", "design run 2.1 load=100M-users", "design compare 2.1 scale-out"],
                ["design check survive-server-crash 2.1", "design new \(f)/new.mmd", "design run \(f)/new.mmd"],
                ["design run \(f)/broken.mmd"], ["design run nosuch"], ["design run 2.1 load=many"],
                ["design compare 2.1"], ["design check"], ["design check nosuch 2.1"], ["design frob"],
                ["design new \(f)/new.mmd", "design new \(f)/new.mmd"], ["design new /nonexistent/dir/x.mmd"],
                ["design run 2.1 scenario=frob_x"], ["design run 2.1 frob=1"],
                ["quiz \(key) --learner 민지 --answers \(f)/answers.txt --out \(f)/sheets/minji.json"],
                ["quiz \(key) --learner 민지 --answers \(f)/answers.txt --out \(f)/nofolder/x.json"],
                ["quiz paper \(key) --out \(f)/paper.json"], ["quiz paper /nonexistent/quiz.gift"], ["quiz paper"],
                ["quiz 5"], ["quiz 99"], ["quiz /nonexistent/quiz.gift"],
                ["quiz --join nonsense --code K7QMXD --learner Mina"],
                [
                    "grade --key \(key) \(f)/sheets",
                    "grade --key \(key) --format markdown --feedback \(f)/fb \(f)/sheets"
                ],
                // NB: the JUnit XML is for CI tools and keeps its English (Sources/Lessons/Grading/JUnitReport.swift).
                ["grade --key \(key) --format json \(f)/sheets"],
                ["grade --key /nonexistent/key.gift /nonexistent/sheets"], ["grade --key \(key) \(f)/empty"],
                ["grade"], ["grade --key \(key) --format yaml \(f)/sheets"],
                ["grade --key \(key) --late frob \(f)/sheets"],
                ["grade --key \(key) --deadline soon \(f)/sheets"], ["grade --challenge nosuch \(f)/broken.mmd"],
                ["workshop export --db \(f)/store.sqlite", "workshop export --db \(f)/store.sqlite --format markdown"],
                ["workshop export --db \(f)/store.sqlite --format json --feedback \(f)/wfb"],
                ["workshop export --db \(f)/store.sqlite --quiz nosuch"],
                ["workshop export --db /nonexistent/x.sqlite"],
                ["workshop export"], ["workshop frob"], ["workshop"],
                ["workshop start /nonexistent/key.gift"], ["workshop start --mode loud x.gift"],
                ["workshop start --port 70000 x.gift"], ["workshop start"],
                ["lessons check \(f)/course"], ["lessons frob"], ["lessons"],
                ["echo \"unclosed"], ["echo 안녕 --ko 안녕"], ["seed 7", "seed"], ["set width 80", "set", "set frob 1"],
                ["read 99", "run load servers=0", "run lod", "set width 5", "seed many", "lang fr"],
                ["run load rate=-1"], ["run load rate=abc"], ["run load sweep=nothing"], ["run"], ["frob"],
                ExperimentCatalog.all.map { "params \($0.id)" },
                ["run breaker trace=SXF"], ["run breaker trace=\(String(repeating: "S", count: 201))"],
                ["run breaker sweep=trace"], ["run load sweep=rate:1..9999999"], ["run replication mode=semi"],
                ["help", "help frob", "quit"]
            ]
        }
    }

    /// Invocations of `scalelab --lang ko ARGS` that stand alone.
    static let invocations: [[String]] =
        [
            ["--help"], ["-h"], ["help"], ["--color", "rainbow"], ["--seed", "abc"], ["--frob"], ["--lang"], ["-f"],
            ["-f", "/nonexistent/demo.lab"], ["run", "lod"], ["run", "load", "--frob"], ["bench", "--customers", "5"],
            ["bench", "--help"], ["workshop", "--help"], ["quiz", "--help"], ["grade", "--help"], ["design", "--help"],
            ["lessons", "--help"], ["run", "load", "--json"]
        ]
        + CommandTable.all.map { ["help", $0.name] }
}
