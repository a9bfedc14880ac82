import MiniCluster

/// End-to-end results by request class: latency histograms (whole run and ten batches, for
/// intervals), successes and failures, and a coarse time series for timelines.
struct ClassRecorder {
    static let batches = 10
    /// Time buckets of the timeline.
    static let buckets = 40

    var read = LatencyRecorder(), write = LatencyRecorder()
    var readBatches = [LatencyRecorder](repeating: LatencyRecorder(), count: batches)
    var writeBatches = [LatencyRecorder](repeating: LatencyRecorder(), count: batches)
    var offeredCount = 0, succeededCount = 0, failedCount = 0
    /// Asynchronous jobs (enqueued messages, replicated writes) dropped because a queue was full or a node down.
    var lostJobs = 0
    /// Per time bucket: requests answered, failed, and the summed latency (seconds) of the answered.
    var bucketOK = [Int](repeating: 0, count: buckets), bucketFailed = [Int](repeating: 0, count: buckets)
    var bucketLatency = [Double](repeating: 0, count: buckets)
    var bucketWidth = 1.0

    mutating func offered(measured: Bool) {
        if measured { offeredCount += 1 }
    }

    mutating func succeeded(_ latency: SimTime, read isRead: Bool, batch: Int, measured: Bool, at now: SimTime) {
        let bucket = self.bucket(now)
        bucketOK[bucket] += 1
        bucketLatency[bucket] += latency.seconds
        guard measured else { return }
        succeededCount += 1
        let slot = min(batch, Self.batches - 1)
        if isRead {
            read.record(latency)
            readBatches[slot].record(latency)
        } else {
            write.record(latency)
            writeBatches[slot].record(latency)
        }
    }

    mutating func failed(measured: Bool, at now: SimTime) {
        bucketFailed[bucket(now)] += 1
        if measured { failedCount += 1 }
    }

    private func bucket(_ now: SimTime) -> Int {
        min(Self.buckets - 1, max(0, Int(now.seconds / bucketWidth)))
    }
}
