import Testing

@testable import LabShell

@Suite struct ExpectationTests {
    @Test(
        "Each comparison holds or fails as written",
        arguments: [
            ("p99_ms < 100", 99.9, true), ("p99_ms < 100", 100, false),
            ("p99_ms <= 100", 100, true), ("x > 0.5", 0.5, false), ("x >= 0.5", 0.5, true),
            ("events == 12", 12, true), ("events == 12", 12.5, false),
            ("u ~= 0.8", 0.83, true), ("u ~= 0.8", 0.85, false),
            ("u ~= 0.8 10%", 0.87, true), ("u ~= 40 2", 42, true), ("u ~= 40 2", 42.5, false),
            ("lag ~= 0 0", 0, true)
        ])
    func comparisons(claim: String, actual: Double, holds: Bool) throws {
        let expectation = try Expectation.parse(claim.split(separator: " ").map(String.init))
        #expect(expectation.holds(for: actual) == holds)
    }

    @Test(
        "Bad claims are usage errors that show the form of a claim",
        arguments: ["p99_ms <", "p99_ms => 1", "p99_ms < abc", "p99_ms < 1 5%", "u ~= 1 lots", "a b c d e"])
    func badClaims(claim: String) {
        #expect(throws: LabError.self) { try Expectation.parse(claim.split(separator: " ").map(String.init)) }
    }

    @Test("The claim reads back as written, with the tolerance spelt out")
    func text() throws {
        #expect(try Expectation.parse(["u", "~=", "0.8"]).text == "u ~= 0.8 ±5%")
        #expect(try Expectation.parse(["p99_ms", "<", "100"]).text == "p99_ms < 100")
        #expect(try Expectation.parse(["u", "~=", "40", "2"]).text == "u ~= 40 ±2")
    }

    @Test("expect before any run says to run an experiment first")
    func nothingRun() {
        let session = makeSession()
        let status = ScriptRunner.run(
            ScriptSource(name: "s.lab", lines: ["expect p99_ms < 1"]), in: session, echo: false)
        #expect(status == 2)
        #expect(
            session.console.capturedErrors
                == "s.lab:1: expect: no experiment has run yet (run one first, e.g. 'run load')\n")
    }
}
