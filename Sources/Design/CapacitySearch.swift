/// The highest load a design carries within an SLO (p99 at most a limit, errors under 0.1%),
/// found by bisection over the arrival rate.
package enum CapacitySearch {
    /// Requests per probe run, and bisection steps (the answer is within 1/2⁸ of the bound).
    static let probeRequests = 20_000
    static let steps = 8

    /// The capacity in requests per second; `outcome` is a run of the design at some load, whose
    /// per-node offered load bounds the search from above.
    package static func find(_ design: Design, settings: RunSettings, outcome: DesignOutcome, p99Limit: Double) throws
        -> Double
    {
        let busiest = outcome.nodes.map(\.offeredLoad).max() ?? 0
        var high = busiest > 0 ? settings.rate / busiest : settings.rate * 10
        var low = 0.0
        var probe = settings
        probe.requests = probeRequests
        probe.scenario = nil
        if try meets(design, probe, rate: high, p99Limit: p99Limit) { return high }
        for _ in 0..<steps {
            let middle = (low + high) / 2
            if try meets(design, probe, rate: middle, p99Limit: p99Limit) { low = middle } else { high = middle }
        }
        return low
    }

    private static func meets(_ design: Design, _ settings: RunSettings, rate: Double, p99Limit: Double) throws -> Bool
    {
        var settings = settings
        settings.rate = rate
        let run = try DesignRunner.run(design, settings: settings)
        return run.errorRate < 0.001 && max(run.read.p99.value, run.write.p99.value) <= p99Limit
    }
}
