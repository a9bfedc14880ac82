import MiniCluster
import Testing

@Suite struct BalancerPropertyTests {
    @Test(
        "Across 100 seeds with random failures, recoveries and finishes, every policy picks only backends believed up and counts in flight exactly",
        arguments: Balancer.Policy.allCases)
    func picksOnlyLiveBackends(policy: Balancer.Policy) {
        for seed: UInt64 in 1...100 {
            var random = RandomSource(seed: seed)
            let backends = Int(2 + random.next() % 5)
            var balancer = Balancer(backends: backends, policy: policy, detectionDelay: .seconds(1))
            var inFlight = [Int](repeating: 0, count: backends)
            for step in 0..<300 {
                let now = SimTime.seconds(Double(step) / 10)
                let backend = Int(random.next() % UInt64(backends))
                let action = random.next() % 10
                if action == 0 {
                    balancer.backendFailed(backend, at: now)
                } else if action == 1 {
                    balancer.backendRecovered(backend, at: now)
                } else if action < 4, inFlight[backend] > 0 {
                    balancer.finished(backend)
                    inFlight[backend] -= 1
                } else {
                    let live = (0..<backends).filter { balancer.isBelievedUp($0, at: now) }
                    let pick = balancer.pick(at: now, key: random.next(), random: &random)
                    #expect(
                        pick.map { live.contains($0) } ?? live.isEmpty,
                        "seed \(seed), step \(step): \(policy) picked \(String(describing: pick)) of \(live)")
                    if let pick { inFlight[pick] += 1 }
                    if policy == .leastConnections, let pick {
                        let fewest = live.map { inFlight[$0] - ($0 == pick ? 1 : 0) }.min()
                        #expect(inFlight[pick] - 1 == fewest, "seed \(seed), step \(step)")
                    }
                }
                #expect((0..<backends).map(balancer.requestsInFlight) == inFlight, "seed \(seed), step \(step)")
            }
        }
    }

    @Test("Across 100 seeds, round robin over healthy backends gives each the same share, within one")
    func roundRobinIsEven() {
        for seed: UInt64 in 1...100 {
            var random = RandomSource(seed: seed)
            let backends = Int(1 + random.next() % 8)
            var balancer = Balancer(backends: backends, policy: .roundRobin, detectionDelay: .zero)
            var counts = [Int](repeating: 0, count: backends)
            for _ in 0..<Int(random.next() % 100) { counts[balancer.pick(at: .zero, key: 0, random: &random)!] += 1 }
            #expect(counts.max()! - counts.min()! <= 1, "seed \(seed): \(counts)")
        }
    }

    @Test(
        "Across 50 seeds, a backend added to a consistent-hash balancer takes keys only from the others, and takes some"
    )
    func addedBackendTakesOnlyItsKeys() {
        for seed: UInt64 in 1...50 {
            var random = RandomSource(seed: seed)
            let backends = Int(2 + random.next() % 5)
            var balancer = Balancer(backends: backends, policy: .consistentHash, detectionDelay: .zero)
            let keys = (0..<300).map { _ in random.next() }
            let before = keys.map { balancer.pick(at: .zero, key: $0, random: &random)! }
            #expect(balancer.addBackend() == backends)
            let after = keys.map { balancer.pick(at: .zero, key: $0, random: &random)! }
            let moved = zip(before, after).filter { $0 != $1 }
            #expect(moved.allSatisfy { $0.1 == backends }, "seed \(seed)")
            #expect(!moved.isEmpty, "seed \(seed): the new backend got no key")
            #expect(balancer.requestsInFlight(backends) == moved.count)
        }
    }

    @Test("An added backend is believed up at once and round robin includes it")
    func addedBackendServes() {
        var balancer = Balancer(backends: 2, policy: .roundRobin, detectionDelay: .seconds(5))
        var random = RandomSource(seed: 1)
        balancer.addBackend()
        #expect(balancer.isBelievedUp(2, at: .zero))
        #expect((0..<3).map { _ in balancer.pick(at: .zero, key: 0, random: &random)! } == [0, 1, 2])
    }

    @Test("Policy names are the ones designs and experiments use")
    func names() {
        #expect(Balancer.Policy.allCases.map(\.rawValue) == ["round_robin", "least_conn", "p2c", "hash", "random"])
    }
}
