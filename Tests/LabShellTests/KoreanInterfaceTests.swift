import Foundation
import LabText
import Terminal
import Testing

@testable import LabShell

/// The interface in Korean: help pages, errors, quiz feedback and callouts say nothing in English
/// that has a Korean word.
@Suite struct KoreanInterfaceTests {
    @Test("Every argument, option and flag of every command has its Korean help text")
    func everyHelpEntryHasKorean() {
        for type in CommandTable.all {
            let entries = HelpPage.arguments(of: type)
            for entry in entries {
                #expect(
                    HelpCatalog.korean(for: entry, of: type) != nil,
                    "\(type.name) \(entry.label) has no Korean help: add it to HelpCatalog")
            }
            #expect(type.summary.ko != type.summary.en, "\(type.name)'s summary has no Korean")
        }
        #expect(!HelpPage.arguments(of: RunCommand.self).isEmpty)
    }

    @Test("A Korean help page has Korean headings and texts, and the English one the parser's words")
    func helpPageInBothLanguages() throws {
        let korean = makeSession(language: .ko)
        try Interpreter.execute("help run", in: korean)
        let page = korean.console.capturedOutput
        #expect(page.contains("사용법: run <experiment>"))
        #expect(page.contains("보고서를 JSON 객체 하나로 출력합니다."))
        #expect(page.contains("이 도움말을 보여 줍니다."))
        #expect(!page.contains("USAGE") && !page.contains("Print the report"))
        let english = makeSession()
        try Interpreter.execute("run --help", in: english)
        #expect(english.console.capturedOutput.contains("USAGE: run <experiment>"))
        #expect(english.console.capturedOutput.contains("Print the report as one JSON object."))
    }

    @Test("Unknown experiments and bad parameters are reported in Korean with a Korean hint")
    func experimentErrorsInKorean() {
        let session = makeSession(language: .ko)
        #expect(throws: LabError.usage("알 수 없는 실험 'lod'", hint: "'load'을(를) 찾으셨나요?")) {
            try Interpreter.execute("run lod", in: session)
        }
        #expect(throws: LabError.usage("servers=0은(는) 범위를 벗어납니다", hint: "servers에 쓸 수 있는 값: 1..256")) {
            try Interpreter.execute("run load servers=0", in: session)
        }
        #expect(throws: LabError.self) { try Interpreter.execute("run load sweep=nothing", in: session) }
        do {
            try Interpreter.execute("run load sweep=nothing", in: session)
        } catch {
            #expect(error.message.contains("훑을 수 없습니다"), "\(error)")
        }
    }

    @Test("A parser mistake in Korean names the usage in Korean")
    func parserMistakeInKorean() {
        let session = makeSession(language: .ko)
        do {
            try Interpreter.execute("params", in: session)
            Issue.record("params without an experiment ran")
        } catch {
            #expect(error.message == "params: 빠진 인자: <experiment>")
            #expect(error.hint == "사용법: params <experiment>, 설명은 'help params'")
        }
    }

    @Test("A NOTE callout is titled 참고 in Korean and keeps NOTE in English")
    func calloutTitles() {
        #expect(Session.calloutTitle("NOTE", language: .ko) == "참고")
        #expect(Session.calloutTitle("TIP", language: .ko) == "팁")
        #expect(Session.calloutTitle("NOTE", language: .en) == "NOTE")
        let session = makeSession(language: .ko)
        let rendered = session.markdownRenderer.render("> [!NOTE]\n> 본문")
        #expect(rendered.contains(" 참고 ") && !rendered.contains("NOTE"))
    }
}

/// Errors at the prompt fit a narrow terminal.
@Suite struct REPLErrorWidthTests {
    @Test("A REPL error at 40 columns wraps at words, the hint indented, in both languages")
    func narrowError() {
        for language in Language.allCases {
            let session = makeSession(language: language)
            session.console.width = 40
            do { try Interpreter.execute("set width 5", in: session) } catch { session.report(error) }
            let lines = session.console.capturedErrors.split(separator: "\n")
            #expect(lines.count >= 3, "\(lines)")
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 }, "\(lines)")
            #expect(lines.last?.hasPrefix("    ") == true && lines.last?.hasSuffix("auto'") == true, "\(lines)")
        }
    }
}
