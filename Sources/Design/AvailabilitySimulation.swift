import MiniCluster

/// Availability found by failing the nodes at random beside the graph's formula: each node fails
/// and is repaired by its own `FailureSchedule` (exponential MTBF and MTTR) over 200 simulated
/// years in ten batches, and a class is up while every tier it crosses has a node up (writes
/// also need their key's primary). The batches give a 95% interval.
enum AvailabilitySimulation {
    static let years = 200.0
    static let batches = 10
    /// Designs with more nodes in their tiers, or expected to fail and recover more often than
    /// `maxChanges` times in the horizon (`mtbf=1s`), are not simulated (the formula still holds).
    static let maxNodes = 200
    static let maxChanges = 2_000_000.0

    /// The overall availability (weighted by the read share) with its interval, nil for a design too large
    /// or too failure-prone to simulate.
    static func simulate(_ design: Design, readShare: Double, seed: UInt64) -> Estimate? {
        let (read, write, primaries) = AvailabilityAnalysis.tiers(design)
        let members = AvailabilityAnalysis.unique((read + write).flatMap { $0 } + primaries)
        let hours = years * 8_766
        let expected = members.reduce(0) {
            $0 + 2 * hours / (design.nodes[$1].settings.mtbf + design.nodes[$1].settings.mttr)
        }
        guard !members.isEmpty, members.count <= maxNodes, expected <= maxChanges else { return nil }
        let changes = self.changes(design, nodes: members, seed: seed)
        let span = years * 8_766 * 3_600 / Double(batches)
        var state = SweepState(design: design, read: read, write: write, primaries: primaries)
        var values: [Double] = []
        var next = changes.startIndex
        for batch in 0..<batches {
            let end = SimTime.seconds(span * Double(batch + 1))
            var sum = 0.0
            while next < changes.endIndex, changes[next].time <= end {
                sum += state.advance(to: changes[next].time, readShare: readShare)
                state.set(changes[next].node, up: changes[next].up)
                next += 1
            }
            sum += state.advance(to: end, readShare: readShare)
            values.append(sum / span)
        }
        return Estimate(value: values.reduce(0, +) / Double(values.count), batches: values)
    }

    /// Every node's failures and repairs over the horizon, in time order (ties by node).
    private static func changes(_ design: Design, nodes: [Int], seed: UInt64) -> [(time: SimTime, node: Int, up: Bool)]
    {
        var random = RandomSource(seed: seed ^ 0xA5A1_1AB1)
        let horizon = SimTime.seconds(years * 8_766 * 3_600)
        var changes: [(time: SimTime, node: Int, up: Bool)] = []
        for node in nodes {
            let settings = design.nodes[node].settings
            var schedule = FailureSchedule(
                mtbf: .seconds(settings.mtbf * 3_600), mttr: .seconds(settings.mttr * 3_600), random: random.fork())
            var time = schedule.nextFailure(after: .zero)
            while time < horizon {
                let repaired = schedule.repair(after: time)
                changes += [(time, node, false), (repaired, node, true)]
                time = schedule.nextFailure(after: repaired)
            }
        }
        return changes.sorted { ($0.time, $0.node, $0.up ? 1 : 0) < ($1.time, $1.node, $1.up ? 1 : 0) }
    }
}

/// Which nodes are up now, counted per tier, and how long each class has been up.
private struct SweepState {
    let read: [[Int]], write: [[Int]], primaries: [Int]
    let all: [[Int]]
    var up: [Bool]
    var upInTier: [Int]
    var now = SimTime.zero

    init(design: Design, read: [[Int]], write: [[Int]], primaries: [Int]) {
        self.read = read
        self.write = write
        self.primaries = primaries
        all = read + write
        up = Array(repeating: true, count: design.nodes.count)
        upInTier = (read + write).map(\.count)
    }

    /// The read-share-weighted seconds up from `now` to `time`.
    mutating func advance(to time: SimTime, readShare: Double) -> Double {
        let seconds = (time - now).seconds
        now = time
        let readUp = upInTier.prefix(read.count).allSatisfy { $0 > 0 } ? 1.0 : 0
        let pathUp = upInTier.suffix(write.count).allSatisfy { $0 > 0 } ? 1.0 : 0
        let shards = primaries.isEmpty ? 1 : Double(primaries.filter { up[$0] }.count) / Double(primaries.count)
        return seconds * (readShare * readUp + (1 - readShare) * pathUp * shards)
    }

    mutating func set(_ node: Int, up isUp: Bool) {
        guard up[node] != isUp else { return }
        up[node] = isUp
        for (index, tier) in all.enumerated() where tier.contains(node) { upInTier[index] += isUp ? 1 : -1 }
    }
}
