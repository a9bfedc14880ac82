import Foundation
import Testing

@Suite struct DoorsTests {
    @Test("A piped script prints its output, then FILE:LINE for the first bad line, and fails")
    func stdinScript() async throws {
        let result = try await ScalelabProcess.run([], input: "echo hi\nnope\necho never\n")
        #expect(result.stdout == "hi\n")
        #expect(result.stderr == "<stdin>:2: unknown command 'nope' (type 'help' for the list)\n")
        #expect(result.status == 2)
    }

    @Test("Several -f scripts run in order; -f - reads standard input")
    func fileScripts() async throws {
        let folder = ScalelabProcess.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = folder + "/a.lab"
        let second = folder + "/b.lab"
        try "# first\necho a\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "echo b\r\nseed 9\n".write(toFile: second, atomically: true, encoding: .utf8)
        let result = try await ScalelabProcess.run(["-f", first, "-f", "-", "-f", second], input: "echo from stdin\n")
        #expect(result.stdout == "a\nfrom stdin\nb\nseed = 9\n")
        #expect(result.status == 0)
    }

    @Test("--echo prints each command before its output")
    func echoFlag() async throws {
        let result = try await ScalelabProcess.run(["--echo"], input: "echo 한글\n")
        #expect(result.stdout == "> echo 한글\n한글\n")
    }

    @Test("A one-shot command runs and exits; an unknown one suggests a fix with status 2")
    func oneShot() async throws {
        let ok = try await ScalelabProcess.run(["echo", "--json", "안녕"])
        #expect(ok.stdout == "--json 안녕\n")
        #expect(ok.status == 0)
        let bad = try await ScalelabProcess.run(["hepl"])
        #expect(bad.stderr == "scalelab: unknown command 'hepl' (did you mean 'help'?)\n")
        #expect(bad.status == 2)
    }

    @Test("A missing script file is named in the error")
    func missingScript() async throws {
        let result = try await ScalelabProcess.run(["-f", "/nonexistent/demo.lab"])
        #expect(
            result.stderr
                == "scalelab: /nonexistent/demo.lab: no such script (check the path; 'set' shows the lessons folder)\n")
        #expect(result.status == 2)
    }

    @Test("--version, --lang and LANG pick what they should")
    func globalOptions() async throws {
        #expect(try await ScalelabProcess.run(["--version"]).stdout == "scalelab 0.1.0\n")
        #expect(
            try await ScalelabProcess.run(["lang"], environment: ["LANG": "ko_KR.UTF-8"]).stdout == "언어 = ko (한국어)\n")
        #expect(
            try await ScalelabProcess.run(["--lang", "en", "lang"], environment: ["LANG": "ko_KR.UTF-8"]).stdout
                .hasPrefix(
                    "language = en"))
        let bad = try await ScalelabProcess.run(["--lang", "fr", "lang"])
        #expect(bad.stderr.contains("'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and 'ko'"))
        #expect(bad.status == 2)
    }

    @Test("Every global option error is a usage error with status 2, as the README promises")
    func globalOptionErrors() async throws {
        for arguments in [["--color", "sometimes"], ["--seed", "many"], ["--lang"], ["-f"]] {
            let result = try await ScalelabProcess.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("Usage:"), "\(arguments)")
        }
    }

    @Test("-f /dev/stdin reads the script from standard input like -f -")
    func devStdin() async throws {
        let result = try await ScalelabProcess.run(["-f", "/dev/stdin"], input: "echo piped\n")
        #expect(result.stdout == "piped\n")
        #expect(result.status == 0)
    }
}
