import LabText
import Testing

@testable import LabShell

/// The argument parser's refusals of a command's words, told in Korean from the error's values.
@Suite struct ParserMessageTests {
    /// The error `line` gives in a Korean session.
    func koreanError(_ line: String) -> LabError? {
        do {
            try Interpreter.execute(line, in: makeSession(language: .ko))
        } catch {
            return error
        }
        Issue.record("'\(line)' ran")
        return nil
    }

    @Test(
        "Each kind of parser mistake has a Korean message and fix with the option and value",
        arguments: [
            (
                "run load --frob", "run: 알 수 없는 옵션 --frob",
                "사용법: run <experiment> [<assignments> ...] [--json], 설명은 'help run'"
            ),
            ("run load --jsn", "run: 알 수 없는 옵션 --jsn", "'--json'을(를) 찾으셨나요?"),
            ("quiz 5 --out", "quiz: 옵션 --out 뒤에 값이 없습니다", "--out <out> 꼴로 값을 붙이세요"),
            ("run load --json=yes", "run: --json에는 값을 붙이지 않습니다('yes')", "값 없이 --json만 쓰세요"),
            (
                "workshop export --format rainbow", "workshop: --format 'rainbow'은(는) 쓸 수 없는 값입니다",
                "--format에 쓸 수 있는 값: csv, json, junit, markdown"
            ),
            ("workshop start --port abc", "workshop: --port의 값 'abc'을(를) 읽을 수 없습니다", "--port: 들을 포트 (0이면 빈 포트를 고릅니다)."),
            ("params", "params: 빠진 인자: <experiment>", "사용법: params <experiment>, 설명은 'help params'"),
            ("toc now please", "toc: 필요 없는 단어: now please", "사용법: toc, 설명은 'help toc'")
        ])
    func koreanMessages(line: String, message: String, hint: String) {
        let error = koreanError(line)
        #expect(error == .usage(message, hint: hint), "\(line)")
    }

    @Test("English keeps the parser's own message and the usage")
    func englishMessages() {
        do {
            try Interpreter.execute("run load --frob", in: makeSession())
            Issue.record("run load --frob ran")
        } catch {
            #expect(error.message.hasPrefix("run: Unknown option '--frob'"))
            #expect(error.hint == "usage: run <experiment> [<assignments> ...] [--json]")
        }
    }

    @Test("An error the parser did not throw is unclassified, and is told without English")
    func unclassified() {
        struct Other: Error {}
        #expect(ParserFailure(Other()) == .unclassified)
        let message = ParserMessage(failure: .unclassified, arguments: [], catalogName: "run", usageHint: "사용법: run")
            .korean
        #expect(message.message == "인자가 맞지 않습니다" && message.hint == "사용법: run")
    }
}
