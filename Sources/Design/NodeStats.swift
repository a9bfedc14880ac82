/// What one node did during the measured part of a run.
struct NodeStats {
    var arrivals = 0
    var rejected = 0
    var served = 0
    /// Worker-seconds spent serving.
    var busySeconds = 0.0
    /// Seconds requests spent at the node, waiting and served.
    var sojournSeconds = 0.0
    /// Queue length integrated over time, and the longest queue seen.
    var queueArea = 0.0
    var peakQueue = 0
    var lastQueueChange = 0.0
    var hits = 0
    var readsServed = 0
    var lookups = 0

    /// Adds the queue length `length` held since the last change up to `now` (seconds).
    mutating func queueChanged(to length: Int, previous: Int, now: Double, measuring: Bool) {
        if measuring { queueArea += Double(previous) * (now - lastQueueChange) }
        lastQueueChange = now
        peakQueue = max(peakQueue, measuring ? length : 0)
    }
}
