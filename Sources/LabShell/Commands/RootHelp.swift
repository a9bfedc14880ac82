import LabText
import Terminal

/// `scalelab --help` in Korean: what the parser prints in English, from the same option list.
enum RootHelp {
    /// The page, wrapped at words to `width`.
    static func korean(width: Int) -> String {
        let all = HelpEntries(
            entries: HelpPage.arguments(of: RootCommand.self), catalogName: "scalelab", language: .ko, width: width)
        let forms = [
            ("scalelab", "REPL을 시작합니다 (파이프로 받으면 명령을 읽습니다)"),
            ("scalelab 명령 [인자...]", "명령 하나를 실행합니다. 예: scalelab run load rate=3200"),
            ("scalelab -f SCRIPT.lab [...]", "명령 스크립트를 실행합니다 (-f -는 표준 입력)")
        ]
        let usage = ["사용법:"] + forms.map { usageLine($0.0, $0.1, width: width) }
        let blocks = [
            "scalelab — 대규모 시스템 설계를 실습하는 대화형 실습실",
            usage.joined(separator: "\n"),
            all.section("인자:", all.entries.filter { $0.kind == .positional }),
            all.section("옵션:", all.entries.filter { $0.kind != .positional }),
            "명령: " + CommandTable.all.map { $0.name }.joined(separator: ", ") + ".",
            "명령 하나의 설명은 'scalelab help 명령'으로 봅니다. 종료 상태: 0 성공, 1 실패한 줄이나 expect, 2 사용법 오류."
        ]
        return TextLayout.fitLines(blocks.joined(separator: "\n\n"), to: width)
    }

    /// One usage form: the command padded to a column and its description wrapped beside it, or
    /// below it on a narrow screen.
    private static func usageLine(_ form: String, _ description: String, width: Int) -> String {
        let column = width >= 60 ? 33 : 4
        let lines = TextLayout.wrap(description, to: width - column)
        let indent = String(repeating: " ", count: column)
        let head = column > 4 ? ["  " + TextLayout.pad(form, to: column - 2) + (lines.first ?? "")] : ["  " + form]
        let rest = column > 4 ? Array(lines.dropFirst()) : lines
        return (head + rest.map { indent + $0 }).joined(separator: "\n")
    }
}
