import Foundation
import LabText
import Terminal
import Testing

@testable import LabShell

/// The process entry (`scalelab ARGS`): options, `-f`, standard input and exit statuses, in both languages.
@Suite struct ProcessEntryTests {
    /// What one run printed and returned.
    struct Outcome {
        var output: String
        var errors: String
        var status: Int32
    }

    /// Runs `scalelab arguments` with `input` as standard input (not a terminal) and `variables` as the environment.
    func launch(_ arguments: [String], input: [String] = [], variables: [String: String] = [:]) -> Outcome {
        let console = Console(sink: .capture)
        let environment = ShellEnvironment(
            variables: variables, lessonsPath: lessonsFolder, statePath: "/nonexistent/state")
        let status = ProcessEntry.run(arguments, io: LaunchIO(environment: environment, console: console, input: input))
        return Outcome(output: console.capturedOutput, errors: console.capturedErrors, status: status)
    }

    @Test("--version prints the version and exits 0")
    func version() {
        let outcome = launch(["--version"])
        #expect(outcome.output == "scalelab 0.1.0\n")
        #expect(outcome.status == 0)
    }

    @Test("--help is the parser's page in English and our own page in Korean, from --lang or LANG")
    func helpInBothLanguages() {
        let english = launch(["--help"])
        #expect(english.status == 0)
        #expect(english.output.contains("USAGE:") && english.output.contains("--color <color>"))
        for korean in [launch(["--lang", "ko", "--help"]), launch(["-h"], variables: ["LANG": "ko_KR.UTF-8"])] {
            #expect(korean.status == 0)
            #expect(korean.output.contains("사용법:") && korean.output.contains("옵션:"))
            #expect(korean.output.contains("색을 쓸 때: auto, always, never"))
            #expect(korean.output.contains("이 도움말을 보여 줍니다."))
            #expect(!korean.output.contains("USAGE") && !korean.output.contains("When to use"), "\(korean.output)")
        }
    }

    @Test(
        "The Korean --help fits 40 to 100 columns, each usage form's description in one column",
        arguments: [40, 60, 80, 100])
    func koreanHelpFits(width: Int) {
        let page = launch(["--lang", "ko", "--help"], variables: ["COLUMNS": "\(width)"]).output
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(page)")
        let column = width >= 60 ? "  scalelab                       REPL" : "    REPL"
        #expect(lines.contains { $0.hasPrefix(column) }, "\(page)")
    }

    @Test("A bad option value is a usage error (status 2) that names the option, the value and the allowed values")
    func badValues() {
        let korean = launch(["--lang", "ko", "--color", "rainbow"])
        #expect(korean.status == 2)
        #expect(
            korean.errors == "scalelab: --color 'rainbow'은(는) 쓸 수 없는 값입니다 (--color에 쓸 수 있는 값: auto, always, never)\n")
        let seed = launch(["--seed", "abc"], variables: ["LANG": "ko_KR.UTF-8"])
        #expect(seed.status == 2)
        #expect(seed.errors.hasPrefix("scalelab: --seed의 값 'abc'을(를) 읽을 수 없습니다 (--seed: 실험이 시작할 난수 시드"))
        let english = launch(["--color", "rainbow"])
        #expect(english.status == 2)
        #expect(english.errors.contains("rainbow") && english.errors.contains("Usage:"))
    }

    @Test("An unknown option and a missing value are usage errors in the language asked for")
    func unknownAndMissing() {
        let unknown = launch(["--lang=ko", "--colour", "never"])
        #expect(unknown.status == 2)
        #expect(unknown.errors == "scalelab: 알 수 없는 옵션 --colour ('--color'을(를) 찾으셨나요?)\n")
        let missing = launch(["-f"], variables: ["LC_ALL": "ko_KR.UTF-8"])
        #expect(missing.status == 2)
        #expect(missing.errors == "scalelab: 옵션 -f 뒤에 값이 없습니다 (-f <file> 꼴로 값을 붙이세요)\n")
        #expect(launch(["--frobnicate"]).errors == "scalelab: unknown option '--frobnicate' (see 'scalelab --help')\n")
        #expect(launch(["--frobnicate"]).status == 2)
    }

    @Test("-f with a missing file is a usage error naming the file, in both languages")
    func missingScript() {
        let english = launch(["-f", "/nonexistent/demo.lab"])
        #expect(english.status == 2)
        #expect(english.errors.hasPrefix("scalelab: /nonexistent/demo.lab: no such script"))
        let korean = launch(["--lang", "ko", "-f", "/nonexistent/demo.lab"])
        #expect(korean.status == 2)
        #expect(korean.errors.hasPrefix("scalelab: /nonexistent/demo.lab: 그런 스크립트가 없습니다"))
    }

    @Test("-f - and a pipe read standard input; a failed expect exits 1 citing the line")
    func standardInput() {
        let dash = launch(["-f", "-"], input: ["echo hello"])
        #expect(dash.output == "hello\n" && dash.status == 0)
        let piped = launch([], input: ["echo 안녕 --ko 안녕하세요"], variables: ["LANG": "ko_KR.UTF-8"])
        #expect(piped.output == "안녕하세요\n" && piped.status == 0)
        let failed = launch(["--lang", "ko"], input: ["run load", "expect p99_ms < 0"])
        #expect(failed.status == 1)
        #expect(failed.errors.hasPrefix("<stdin>:2: "), "\(failed.errors)")
    }

    @Test("A one-shot command runs once; its mistakes exit 2 in the session's language")
    func oneShot() {
        let help = launch(["--lang", "ko", "help"])
        #expect(help.status == 0 && help.output.hasPrefix("명령:"))
        let unknown = launch(["--lang", "ko", "rnu"])
        #expect(unknown.status == 2)
        #expect(unknown.errors == "scalelab: 알 수 없는 명령 'rnu' ('run'을(를) 찾으셨나요?)\n")
        #expect(launch(["rnu"]).errors == "scalelab: unknown command 'rnu' (did you mean 'run'?)\n")
    }

    @Test("--lang before the command is found among the options, not inside the command's words")
    func requestedLanguage() {
        #expect(ProcessEntry.requestedLanguage(in: ["--seed", "3", "--lang", "KO"]) == .ko)
        #expect(ProcessEntry.requestedLanguage(in: ["--lang=en"]) == .en)
        #expect(ProcessEntry.requestedLanguage(in: ["echo", "--lang", "ko"]) == nil)
        #expect(ProcessEntry.requestedLanguage(in: ["--lang", "fr"]) == nil)
    }
}
