import Testing

@Suite("help run ID explains one experiment")
struct HelpRunTests {
    @Test("help run ID prints run's usage, then the experiment's parameters and its model's assumptions")
    func explainsExperiment() async throws {
        let result = try await ScalelabProcess.run(["help", "run", "load"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: run"))
        #expect(result.stdout.contains("load — "))
        #expect(result.stdout.contains("Model: Poisson arrivals"))
    }

    @Test("a second word after another command, or an unknown experiment, is a usage error printed before any help")
    func refusesBadWords() async throws {
        let other = try await ScalelabProcess.run(["help", "toc", "x"])
        #expect(other.status == 2)
        #expect(other.stdout.isEmpty)
        #expect(other.stderr.contains("help toc takes no second word"))
        let unknown = try await ScalelabProcess.run(["help", "run", "nosuch"])
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("unknown experiment 'nosuch'"))
    }
}
