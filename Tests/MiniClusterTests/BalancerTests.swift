import MiniCluster
import Testing

@Suite struct BalancerTests {
    @Test("Round robin sends to each backend in turn")
    func roundRobin() {
        var balancer = Balancer(backends: 3, policy: .roundRobin, detectionDelay: .seconds(1))
        var random = RandomSource(seed: 1)
        let picks = (0..<6).map { _ in balancer.pick(at: .zero, key: 0, random: &random)! }
        #expect(picks == [0, 1, 2, 0, 1, 2])
        #expect(balancer.requestsInFlight(0) == 2)
    }

    @Test("Least connections picks the backend with the fewest requests in flight")
    func leastConnections() {
        var balancer = Balancer(backends: 3, policy: .leastConnections, detectionDelay: .seconds(1))
        var random = RandomSource(seed: 1)
        #expect((0..<3).map { _ in balancer.pick(at: .zero, key: 0, random: &random)! } == [0, 1, 2])
        balancer.finished(1)
        #expect(balancer.pick(at: .zero, key: 0, random: &random) == 1)
    }

    @Test(
        "Least connections takes tied backends in turn: idle backends share the traffic instead of the first taking it all"
    )
    func leastConnectionsTies() {
        var balancer = Balancer(backends: 3, policy: .leastConnections, detectionDelay: .seconds(1))
        var random = RandomSource(seed: 1)
        let picks = (0..<6).map { _ in
            let pick = balancer.pick(at: .zero, key: 0, random: &random)!
            balancer.finished(pick)
            return pick
        }
        #expect(picks == [0, 1, 2, 0, 1, 2])
        balancer.backendFailed(1, at: .zero)
        let afterFailure = (0..<4).map { _ in
            let pick = balancer.pick(at: .seconds(2), key: 0, random: &random)!
            balancer.finished(pick)
            return pick
        }
        #expect(afterFailure == [0, 2, 0, 2])
    }

    @Test("Power of two choices never picks the busier of two candidates: over many picks the spread stays tight")
    func powerOfTwo() {
        var balancer = Balancer(backends: 8, policy: .powerOfTwoChoices, detectionDelay: .zero)
        var random = RandomSource(seed: 9)
        for _ in 0..<8_000 { _ = balancer.pick(at: .zero, key: 0, random: &random) }
        let loads = (0..<8).map(balancer.requestsInFlight)
        #expect(loads.reduce(0, +) == 8_000)
        #expect(loads.max()! - loads.min()! <= 3, "loads \(loads)")
    }

    @Test("Consistent hashing keeps a key on its backend and moves it only when that backend is down")
    func consistentHash() {
        var balancer = Balancer(backends: 4, policy: .consistentHash, detectionDelay: .zero)
        var random = RandomSource(seed: 1)
        let owners = (0..<100).map { balancer.pick(at: .zero, key: UInt64($0), random: &random)! }
        #expect(owners == (0..<100).map { balancer.pick(at: .zero, key: UInt64($0), random: &random)! })
        #expect(Set(owners).count == 4)
        balancer.backendFailed(owners[0], at: .zero)
        let after = (0..<100).map { balancer.pick(at: .seconds(1), key: UInt64($0), random: &random)! }
        for key in 0..<100 where owners[key] != owners[0] { #expect(after[key] == owners[key]) }
        #expect(!after.contains(owners[0]))
    }

    @Test("A failed backend keeps getting traffic until the detection delay has passed, and again after it recovers")
    func detectionDelay() {
        var balancer = Balancer(backends: 2, policy: .roundRobin, detectionDelay: .seconds(2))
        var random = RandomSource(seed: 1)
        balancer.backendFailed(0, at: .seconds(10))
        #expect(balancer.isBelievedUp(0, at: .seconds(11.9)))
        #expect(!balancer.isBelievedUp(0, at: .seconds(12)))
        #expect((0..<3).map { _ in balancer.pick(at: .seconds(12), key: 0, random: &random)! } == [1, 1, 1])
        balancer.backendRecovered(0, at: .seconds(20))
        #expect(!balancer.isBelievedUp(0, at: .seconds(21)))
        #expect(balancer.isBelievedUp(0, at: .seconds(22)))
    }

    @Test("With every backend believed down there is no pick")
    func allDown() {
        var balancer = Balancer(backends: 1, policy: .random, detectionDelay: .zero)
        var random = RandomSource(seed: 1)
        balancer.backendFailed(0, at: .zero)
        #expect(balancer.pick(at: .zero, key: 0, random: &random) == nil)
    }
}
