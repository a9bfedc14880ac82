import MiniCluster

/// What the callers of one endpoint saw: answers in time, latencies, and both over time.
struct EndpointStats {
    var requests = 0
    var successes = 0
    var incidentRequests = 0
    var incidentSuccesses = 0
    var rejectedFast = 0
    var latencies = LatencyRecorder()
    /// 100 per request answered in time, 0 otherwise, in batches for a 95% interval.
    var successBatches = BatchMeans()
    var incidentBatches = BatchMeans()
    var successOverTime: TimeSeries
    var latencyOverTime: TimeSeries

    init(interval: SimTime) {
        successOverTime = TimeSeries(interval: interval)
        latencyOverTime = TimeSeries(interval: interval)
    }

    /// Counts one answer; `incident` says whether the request arrived while the fault was on.
    mutating func record(succeeded: Bool, latency: SimTime, arrivedAt: SimTime, during incident: Bool) {
        requests += 1
        if succeeded { successes += 1 }
        successBatches.add(succeeded ? 100 : 0)
        if incident {
            incidentRequests += 1
            if succeeded { incidentSuccesses += 1 }
            incidentBatches.add(succeeded ? 100 : 0)
        }
        latencies.record(latency)
        successOverTime.add(succeeded ? 100 : 0, at: arrivedAt)
        latencyOverTime.add(latency.milliseconds, at: arrivedAt)
    }

    var successPercent: Double { requests == 0 ? 100 : Double(successes) / Double(requests) * 100 }
    var incidentSuccessPercent: Double {
        incidentRequests == 0 ? 100 : Double(incidentSuccesses) / Double(incidentRequests) * 100
    }

    /// The share answered in time (%) with its batch-means interval; exactly 100 with no requests.
    var successEstimate: Estimate {
        requests == 0
            ? Estimate(mean: 100, halfWidth: 0)
            : Estimate(mean: successPercent, halfWidth: successBatches.estimate.halfWidth)
    }

    /// The share of requests during the incident answered in time (%), with its interval.
    var incidentSuccessEstimate: Estimate {
        incidentRequests == 0
            ? Estimate(mean: 100, halfWidth: 0)
            : Estimate(mean: incidentSuccessPercent, halfWidth: incidentBatches.estimate.halfWidth)
    }

}
