/// Copies of one value on several replicas; last writer wins by version.
package struct ReplicatedRegister: Sendable {
    /// The version each replica holds (0 is the initial value).
    package private(set) var versions: [Int]

    package init(replicas: Int) {
        precondition(replicas > 0, "a register needs replicas, got \(replicas)")
        versions = [Int](repeating: 0, count: replicas)
    }

    /// Applies `version` at `replica` if it is newer; returns whether it replaced the value there.
    @discardableResult
    package mutating func apply(_ version: Int, at replica: Int) -> Bool {
        guard version > versions[replica] else { return false }
        versions[replica] = version
        return true
    }

    /// The newest version among `replicas`.
    package func newest(among replicas: [Int]) -> Int {
        replicas.map { versions[$0] }.max() ?? 0
    }

    /// Whether every replica holds the same version.
    package var converged: Bool { Set(versions).count == 1 }
}
