import Testing

@testable import LabShell

@Suite struct CompleterTests {
    let completer = Completer(
        vocabulary: .init(
            sections: ["0", "1", "1.1", "2", "2.1", "2.2", "2.3"],
            experiments: [
                (id: "load", parameters: ["servers", "rate", "service"]), (id: "replication", parameters: ["replicas"])
            ],
            metrics: ["p99_ms", "p50_ms"]))

    @Test("A unique command prefix completes to the name and a space")
    func uniqueCommand() {
        #expect(completer.complete("he") == .init(insertion: "lp ", candidates: ["help"]))
    }

    @Test("An ambiguous prefix inserts the common part and lists every candidate")
    func ambiguous() {
        #expect(completer.complete("s") == .init(insertion: "e", candidates: ["search", "seed", "set"]))
        #expect(completer.complete("se") == .init(insertion: "", candidates: ["search", "seed", "set"]))
        #expect(completer.complete("see").insertion == "d ")
    }

    @Test("Command arguments complete from what the command takes")
    func arguments() {
        #expect(completer.complete("lang k").insertion == "o ")
        #expect(completer.complete("help ec").insertion == "ho ")
        #expect(completer.complete("set wi").insertion == "dth ")
    }

    @Test("run completes experiment ids, then the experiment's parameters, sweep= and --json")
    func experimentParameters() {
        #expect(completer.complete("run lo").insertion == "ad ")
        #expect(completer.complete("run load ra").insertion == "te=")
        #expect(completer.complete("run load rate=1 ").candidates == ["--json", "servers=", "service=", "sweep="])
    }

    @Test("Nothing matches: no insertion, no candidates")
    func noMatch() {
        #expect(completer.complete("zz") == .init(insertion: "", candidates: []))
    }

    @Test("Unique prefixes yield the rest and a space; several yield their common prefix")
    func commonPrefix() {
        #expect(Completer.completion(of: "ra", among: ["rate="]) == .init(insertion: "te=", candidates: ["rate="]))
        #expect(Completer.completion(of: "p", among: ["p50_ms", "p99_ms"]).insertion == "")
        #expect(Completer.completion(of: "re", among: ["replicas=", "replication"]).insertion == "plica")
    }
}

@Suite struct ParameterValueCompletionTests {
    @Test("After key= Tab offers the values a choice or flag parameter takes, for the real experiments")
    func values() {
        let completer = Completer(vocabulary: makeSession().vocabulary)
        #expect(completer.complete("run cache coalesce=").candidates == ["coalesce=false", "coalesce=true"])
        #expect(completer.complete("run cache coalesce=t").insertion == "rue ")
        #expect(completer.complete("run cap mode=").candidates.contains("mode=cp"))
        #expect(completer.complete("run load rate=").candidates.isEmpty)
    }
}
