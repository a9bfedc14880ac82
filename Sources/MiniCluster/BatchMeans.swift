/// Streaming batch means for a `k`-batch confidence interval of a mean, in fixed memory.
///
/// Observations fill batches of `batchSize`; when `2k` batches are full, neighbours merge and
/// the batch size doubles, so any run length ends with between `k` and `2k` batches (the
/// Schmeiser fixed-number-of-batches scheme).
package struct BatchMeans: Sendable {
    private var sums: [Double] = []
    private var current = 0.0
    private var inCurrent = 0
    private var batchSize = 1
    private let batches: Int
    package private(set) var count = 0
    private var total = 0.0

    /// - Parameter batches: the smallest number of batches kept (`k`), at least 2.
    package init(batches: Int = 10) {
        precondition(batches >= 2, "batch means need at least 2 batches, got \(batches)")
        self.batches = batches
    }

    /// Adds one observation.
    /// - Complexity: amortised O(1).
    package mutating func add(_ value: Double) {
        count += 1
        total += value
        current += value
        inCurrent += 1
        guard inCurrent == batchSize else { return }
        sums.append(current)
        current = 0
        inCurrent = 0
        if sums.count == 2 * batches { merge() }
    }

    private mutating func merge() {
        sums = stride(from: 0, to: sums.count, by: 2).map { sums[$0] + sums[$0 + 1] }
        batchSize *= 2
    }

    /// The mean of every observation with the interval from the full batches.
    package var estimate: Estimate {
        let size = Double(batchSize)
        return Estimate(point: count == 0 ? 0 : total / Double(count), batches: sums.map { $0 / size })
    }
}
