import Experiments
import Foundation
import MiniCluster

/// Wall-clock figures for experiments at their defaults and for one default sweep each.
///
/// The per-process target is 150 ms for each (DESIGN.md); `bench` prints what this build takes.
enum ExperimentBench {
    /// The experiments measured, each with the parameter its default sweep walks (nil: no sweep timed).
    static let cases: [(id: String, sweep: String?)] = [
        ("load", "rate"), ("scale", nil), ("availability", nil), ("sessions", nil), ("replication", "replicas"),
        ("sharding", nil), ("breaker", "latency"), ("bulkhead", "payment_rate"), ("retry", "clients"),
        ("cache", "capacity"), ("cachepatterns", "ttl_jitter"), ("queue", "consumers"), ("cap", "lag"),
        ("capacity", nil)
    ]

    /// `ID_ms` (a default run) and `ID_sweep_ms` (its default sweep) for every case.
    static func figures(seed: UInt64) throws -> [(String, Double, String)] {
        try cases.flatMap { entry -> [(String, Double, String)] in
            guard let experiment = ExperimentCatalog.experiment(entry.id) else { return [] }
            let values = ParameterValues(defaultsOf: experiment.parameters)
            let run = try milliseconds {
                _ = try experiment.run(values, seed: seed, control: RunControl(workers: RunControl.bothCores))
            }
            guard let parameter = entry.sweep else { return [("\(entry.id)_ms", run, "ms")] }
            let sweep = try milliseconds {
                _ = try Sweep.run(
                    experiment, text: "sweep=\(parameter)", base: values, seed: seed,
                    control: RunControl(workers: RunControl.bothCores))
            }
            return [("\(entry.id)_ms", run, "ms"), ("\(entry.id)_sweep_ms", sweep, "ms")]
        }
    }

    private static func milliseconds(_ body: () throws -> Void) throws -> Double {
        let elapsed = try ContinuousClock().measure(body)
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
