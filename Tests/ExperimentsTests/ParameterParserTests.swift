import LabText
import Testing

@testable import Experiments

@Suite struct ParameterParserTests {
    static let servers = ParameterKey<Int>("servers", 1...64, default: 4, Localized(verbatim: "workers"))
    static let rate = ParameterKey<Double>(
        "rate", 1...1_000_000, default: 100, unit: "req/s", Localized(verbatim: "rate"))
    static let mode = ParameterKey<String>(
        "mode", choices: ["async", "sync"], default: "async", Localized(verbatim: "mode"))
    static let coalesce = ParameterKey<Bool>("coalesce", default: false, Localized(verbatim: "coalesce"))
    let specs = [servers.spec, rate.spec, mode.spec, coalesce.spec]

    @Test("Unset parameters keep their defaults; given ones are typed")
    func defaultsAndTypes() throws {
        let values = try ParameterParser.parse(
            ["rate=3200", "mode=SYNC", "coalesce=on", "servers=2"], specs: specs, experiment: "x")
        #expect(values[Self.servers] == 2)
        #expect(values[Self.rate] == 3200)
        #expect(values[Self.mode] == "sync")
        #expect(values[Self.coalesce])
        #expect(values.commandLineText == "servers=2 rate=3200 mode=sync coalesce=true")
    }

    @Test("Integers accept 10k and 1_000 spellings")
    func integerSpellings() throws {
        #expect(try ParameterParser.parse(["servers=1_0"], specs: specs, experiment: "x")[Self.servers] == 10)
        #expect(
            throws: ParameterError.outOfRange(
                name: "servers", value: "10k", allowed: Localized(verbatim: "1..64"), unit: "")
        ) {
            try ParameterParser.parse(["servers=10k"], specs: specs, experiment: "x")
        }
    }

    @Test(
        "Errors name the parameter, the value and what is allowed",
        arguments: [
            (
                "servers=abc",
                ParameterError.wrongType(name: "servers", value: "abc", allowed: Localized(verbatim: "1..64"), unit: "")
            ),
            ("servers=0", .outOfRange(name: "servers", value: "0", allowed: Localized(verbatim: "1..64"), unit: "")),
            (
                "rate=fast",
                .wrongType(name: "rate", value: "fast", allowed: Localized(verbatim: "1..1000000"), unit: "req/s")
            ),
            (
                "mode=semi",
                .outOfRange(name: "mode", value: "semi", allowed: Localized(verbatim: "async|sync"), unit: "")
            ),
            ("rate", .malformed(text: "rate")),
            ("=3", .malformed(text: "=3")),
            ("rat=3", .unknown(name: "rat", experiment: "x", known: ["servers", "rate", "mode", "coalesce"]))
        ])
    func errors(text: String, error: ParameterError) {
        #expect(throws: error) { try ParameterParser.parse([text], specs: specs, experiment: "x") }
    }

    @Test("A parameter given twice is an error")
    func duplicate() {
        #expect(throws: ParameterError.duplicate(name: "rate")) {
            try ParameterParser.parse(["rate=1", "rate=2"], specs: specs, experiment: "x")
        }
    }
}
