import Testing

@testable import LabShell

@Suite struct WordsTests {
    @Test(
        "Words split on spaces; quotes group and disappear; Korean stays intact",
        arguments: [
            ("run load rate=3", ["run", "load", "rate=3"]),
            ("  echo   spaced\tout ", ["echo", "spaced", "out"]),
            (#"echo "hello world" 한글"#, ["echo", "hello world", "한글"]),
            (#"echo 'it''s' "a \"q\"""#, ["echo", "its", #"a "q""#]),
            (#"echo a\ b"#, ["echo", "a b"]),
            ("", [])
        ])
    func splits(line: String, words: [String]) throws {
        #expect(try Words.split(line) == words)
    }

    @Test("An unterminated quote is a usage error that says how to fix it")
    func unterminated() {
        #expect(throws: LabError.usage("unterminated quote \"", hint: "close it with another \"")) {
            try Words.split(#"echo "oops"#)
        }
    }
}

@Suite struct SuggestionTests {
    @Test(
        "Close typos and prefixes are suggested; far words are not",
        arguments: [("hepl", "help"), ("ech", "echo"), ("sed", "seed"), ("quti", "quit"), ("xyzzy", nil)]
            as [(String, String?)])
    func suggestions(word: String, expected: String?) {
        #expect(Suggestion.closest(to: word, in: ["help", "echo", "seed", "set", "quit"]) == expected)
    }
}
