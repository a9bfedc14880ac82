/// Messages between nodes: a latency distribution, random loss, and partitions between groups.
package struct NetworkLink: Sendable {
    package let latency: Distribution
    package let loss: Double
    /// Group of each node while a partition is in force; nodes in different groups cannot talk.
    package private(set) var groups: [Int]?
    private var random: RandomSource

    /// `latency` is in milliseconds; `loss` is the probability a message is dropped.
    package init(latency: Distribution, loss: Double = 0, random: RandomSource) {
        precondition((0...1).contains(loss), "loss must be a probability, got \(loss)")
        self.latency = latency
        self.loss = loss
        self.random = random
    }

    /// Splits the nodes: `groups[node]` names each node's side.
    package mutating func partition(_ groups: [Int]) { self.groups = groups }

    /// Ends the partition.
    package mutating func heal() { groups = nil }

    /// Whether `a` and `b` can reach each other now.
    package func connected(_ a: Int, _ b: Int) -> Bool {
        guard let groups else { return true }
        return groups[a] == groups[b]
    }

    /// The delay of one message from `a` to `b`, or nil when it is lost or cut off.
    package mutating func send(from a: Int, to b: Int) -> SimTime? {
        guard connected(a, b) else { return nil }
        if loss > 0, random.bernoulli(loss) { return nil }
        return .milliseconds(latency.sample(using: &random))
    }
}
