import Design
import Foundation
import MiniCluster
import Testing

/// The design lab against theory, on designs where theory is exact.
@Suite struct TruthTests {
    /// Erlang C: the probability that an arrival waits in an M/M/c queue with offered load `a = λ/μ`.
    static func erlangC(servers c: Int, offered a: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        for k in 1..<c {
            term *= a / Double(k)
            sum += term
        }
        let last = term * a / Double(c) * Double(c) / (Double(c) - a)
        return last / (sum + last)
    }

    static func run(_ text: String, _ settings: RunSettings) throws -> DesignOutcome {
        try DesignRunner.run(try DesignParser.parse(text, file: "truth.mmd"), settings: settings)
    }

    @Test(
        "One server of c workers has Erlang C's mean response time (within 3%)",
        arguments: [(4, 0.8), (8, 0.9), (2, 0.5)])
    func erlang(servers: Int, utilization: Double) throws {
        let service = 0.010
        let rate = utilization * Double(servers) / service
        let outcome = try Self.run(
            "graph LR\nU[Users] --> A[Server]\n%% sim A: app workers=\(servers) service=10ms queue=1000000\n",
            RunSettings(rate: rate, readShare: 1, requests: 400_000, seed: 7))
        let wait = Self.erlangC(servers: servers, offered: rate * service) / (Double(servers) / service - rate)
        let expected = (wait + service) * 1_000
        #expect(
            abs(outcome.read.mean - expected) / expected < 0.03, "mean \(outcome.read.mean) ms, Erlang C \(expected) ms"
        )
        #expect(abs(outcome.nodes[1].utilization - utilization) < 0.01)
    }

    @Test("Availability from the graph is the exact series/parallel product")
    func seriesParallel() throws {
        let outcome = try Self.run(
            """
            graph LR
                U[Users] --> LB[Load Balancer]
                LB --> A1[Server 1]
                LB --> A2[Server 2]
                A1 --> DB[(Master DB)]
                A2 --> DB
            %% sim LB: lb mtbf=99h mttr=1h
            %% sim A1 A2: app mtbf=9h mttr=1h
            %% sim DB: primary mtbf=999h mttr=1h
            """, RunSettings(rate: 100, requests: 1_000))
        let expected = 0.99 * (1 - 0.1 * 0.1) * 0.999
        #expect(abs(outcome.availability.read - expected) < 1e-12)
        #expect(abs(outcome.availability.write - expected) < 1e-12)
        #expect(outcome.availability.singlePoints.map(\.node) == ["LB", "DB"])
    }

    @Test("Reads fall back from replicas to the primary, so replicas stand in parallel with it")
    func replicasInParallel() throws {
        let outcome = try Self.run(
            """
            graph LR
                U[Users] --> A[Server]
                A --> M[(Master DB)]
                M -.-> S[(Slave DB)]
            %% sim A: app mtbf=999h mttr=1h
            %% sim M S: mtbf=9h mttr=1h
            """, RunSettings(rate: 100, requests: 1_000))
        #expect(abs(outcome.availability.read - 0.999 * (1 - 0.01)) < 1e-12)
        #expect(abs(outcome.availability.write - 0.999 * 0.9) < 1e-12)
    }

    /// Che's approximation of an LRU cache's hit ratio under independent Zipf requests.
    static func che(keys: Int, exponent: Double, capacity: Int) -> Double {
        let zipf = ZipfDistribution(count: keys, exponent: exponent)
        let p = (0..<keys).map(zipf.probability(of:))
        let filled = { (t: Double) in p.reduce(0) { $0 + (1 - exp(-$1 * t)) } }
        var low = 0.0
        var high = 1.0
        while filled(high) < Double(capacity) { high *= 2 }
        for _ in 0..<100 {
            let mid = (low + high) / 2
            if filled(mid) < Double(capacity) { low = mid } else { high = mid }
        }
        return p.reduce(0) { $0 + $1 * (1 - exp(-$1 * low)) }
    }

    @Test("A cache tier's hit ratio is near Che's approximation (within 0.01)")
    func cacheHitRatio() throws {
        let outcome = try Self.run(
            """
            graph LR
                U[Users] --> A[Server]
                A --> R[(Redis)]
                A --> DB[(Master DB)]
            %% sim R: cache size=5%
            """, RunSettings(rate: 500, readShare: 1, requests: 300_000, keys: 20_000, zipf: 0.9, seed: 3))
        let expected = Self.che(keys: 20_000, exponent: 0.9, capacity: 1_000)
        let measured = try #require(outcome.nodes[2].hitRatio)
        #expect(abs(measured - expected) < 0.01, "hit ratio \(measured), Che \(expected)")
    }

    @Test("The same design, load and seed give the same numbers")
    func deterministic() throws {
        let text = DesignParserTests.scaleOut
        let first = try Self.run(text, RunSettings(rate: 3_000, requests: 20_000, seed: 5))
        let second = try Self.run(text, RunSettings(rate: 3_000, requests: 20_000, seed: 5))
        #expect(first.read.p99 == second.read.p99 && first.nodes.map(\.utilization) == second.nodes.map(\.utilization))
    }
}

@Suite struct AvailabilitySimulationTests {
    @Test(
        "Availability simulated with random failures agrees with the series/parallel formula",
        arguments: [
            "%% sim A1 A2: app mtbf=9h mttr=1h\n%% sim LB: lb mtbf=99h mttr=1h\n%% sim DB: primary mtbf=19h mttr=1h",
            "%% sim A1 A2: app mtbf=4h mttr=1h\n%% sim LB: lb mtbf=49h mttr=2h\n%% sim DB: primary mtbf=99h mttr=1h"
        ])
    func agrees(_ settings: String) throws {
        let outcome = try TruthTests.run(
            """
            graph LR
                U[Users] --> LB[Load Balancer]
                LB --> A1[Server 1]
                LB --> A2[Server 2]
                A1 --> DB[(Master DB)]
                A2 --> DB
            \(settings)
            """, RunSettings(rate: 100, requests: 1_000))
        let simulated = try #require(outcome.availabilitySimulated)
        let formula = outcome.availability.overall
        #expect(simulated.halfWidth > 0 && simulated.halfWidth < 0.002)
        #expect(
            abs(simulated.value - formula) < max(3 * simulated.halfWidth, 1e-4),
            "simulated \(simulated.value), formula \(formula)")
    }
}

@Suite struct AvailabilitySimulationLimitTests {
    @Test("A node that fails every second is not simulated for 200 years: the formula stands alone, at once")
    func failureProneDesign() throws {
        let outcome = try TruthTests.run(
            """
            graph LR
                U[Users] --> A[Server]
                A --> DB[(Database)]
            %% sim A: app mtbf=1s mttr=1s
            """, RunSettings(rate: 100, requests: 1_000))
        #expect(outcome.availabilitySimulated == nil)
        #expect(abs(outcome.availability.overall - 0.5 * NodeSettings.defaults(for: .primary).availability) < 1e-9)
    }
}
