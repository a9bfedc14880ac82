import Experiments
import Foundation
import GradingBenchmarks
import Lessons
import MiniCluster

/// Whole-process figures for every experiment at its defaults and for its default sweep.
///
/// Each is `scalelab run ID` (or `run ID sweep=PARAM`) started as a child process, as a learner
/// starts it, `repeats` times: the median CPU milliseconds (user + system, both cores), the median
/// wall milliseconds and the largest peak memory. One start alone varies by up to 2x on a shared
/// virtual machine, so a single sample cannot say whether a figure meets its target.
/// The target is 150 ms a process (DESIGN.md); `bench` prints what this build takes.
enum ExperimentBench {
    /// How many times each child is started; its median is reported.
    static let repeats = 5

    /// `ID_cpu_ms`, `ID_wall_ms`, `ID_peak_mb` for a default run, the same with `ID_sweep_` for
    /// its default sweep, in catalogue order; a child that cannot start is left out.
    static func figures(seed: UInt64) -> [(String, Double, String)] {
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ExperimentCatalog.all.flatMap { experiment -> [(String, Double, String)] in
            let run = [executable, "--seed", "\(seed)", "run", experiment.id]
            return measure(run, name: experiment.id)
                + measure(run + ["sweep=\(experiment.defaultSweepParameter)"], name: "\(experiment.id)_sweep")
        }
    }

    private static func measure(_ arguments: [String], name: String) -> [(String, Double, String)] {
        let clock = ContinuousClock()
        var samples: [(cpu: Double, wall: Double, peak: Double)] = []
        for _ in 0..<repeats {
            var usage: rusage?
            let elapsed = clock.measure { usage = GradingBenchmark.childUsage(arguments) }
            guard let usage else { return [] }
            samples.append(
                (
                    milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime),
                    Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15,
                    GradingBenchmark.peakMegabytes(usage)
                ))
        }
        return [
            ("\(name)_cpu_ms", median(samples.map(\.cpu)), "ms"),
            ("\(name)_wall_ms", median(samples.map(\.wall)), "ms"),
            ("\(name)_peak_mb", samples.map(\.peak).max() ?? 0, "MB")
        ]
    }

    /// The middle value of an odd number of samples.
    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    private static func milliseconds(_ time: timeval) -> Double {
        Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000
    }
}
