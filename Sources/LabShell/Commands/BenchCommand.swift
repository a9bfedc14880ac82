import ArgumentParser
import Experiments
import Foundation
import GradingBenchmarks
import LabText
import Lessons
import MiniCluster
import Terminal

/// `bench [--json]`: measures the simulator on a fixed M/M/c workload with the wall clock.
struct BenchCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure the simulator: M/M/4 at utilisation 0.8, 2,000,000 customers.")
    static let summary = Localized(
        en: "Measure simulator speed and memory (M/M/4, ρ 0.8, 2,000,000 customers)",
        ko: "시뮬레이터의 속도와 메모리를 잽니다 (M/M/4, ρ 0.8, 고객 2,000,000명)")

    @Option(help: "Customers to simulate.") var customers = 2_000_000
    @Flag(help: "Print the figures as JSON.") var json = false
    @Flag(
        help: "Only grading at scale: 10,000 sheets x 40 questions against CPython's json, and peak memory at 100,000.")
    var grading = false
    @Flag(help: "Only the REPL's start: from a new session to the first prompt, for a learner who comes back.")
    var repl = false

    mutating func run(in session: Session) throws {
        if grading { return try GradingBench.run(in: session, json: json) }
        if repl { return show(REPLBench.figures(session), title: "REPL start (\(Self.buildKind) build)", in: session) }
        guard (1_000...50_000_000).contains(customers) else {
            throw LabError.usage(
                session.text(
                    en: "bench: --customers takes 1000 to 50000000, not \(customers)",
                    ko: "bench: --customers에는 1000부터 50000000까지 씁니다(\(customers)은(는) 범위 밖입니다)"))
        }
        let load = LoadExperiment()
        var values = ParameterValues(defaultsOf: load.parameters)
        values.set("requests", .integer(customers))
        let clock = ContinuousClock()
        var report: Report?
        let elapsed = try clock.measure { report = try load.run(values, seed: session.seed, control: .unattended) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let events = report?.metric("events")?.value ?? 0
        let grading = try Self.gradingSeconds()
        let figures: [(String, Double, String)] =
            [
                ("customers", Double(customers), ""),
                ("customers_per_second", Double(customers) / seconds, "/s"),
                ("events_per_second", events / seconds, "/s"),
                ("wall_seconds", seconds, "s"),
                ("peak_memory_mb", Self.peakMemoryMegabytes(), "MB"),
                ("grade_200_sheets_seconds", grading, "s")
            ] + ExperimentBench.figures(seed: session.seed) + (try DesignBench.figures(session))
            + REPLBench.figures(session)
        show(
            figures,
            title: "M/M/4, utilisation 0.8, \(customers) customers; grading 200 sheets (\(Self.buildKind) build)",
            in: session)
    }

    /// The figures as JSON with `--json`, else one aligned line each under `title`.
    private func show(_ figures: [(String, Double, String)], title: String, in session: Session) {
        if json {
            session.console.print(JSONText.object(figures.map { ($0.0, .number($0.1)) }).rendered(pretty: true))
        } else {
            session.console.print(title)
            let width = figures.map { $0.0.count }.max() ?? 0
            for (name, value, unit) in figures {
                session.console.print(
                    "  \(TextLayout.pad(name, to: width)) \(MetricText.format(value > 100 ? value.rounded() : value)) \(unit)"
                )
            }
        }
    }

    /// Seconds to grade 200 generated sheets with a Markdown report and feedback files.
    static func gradingSeconds() throws -> Double {
        GradingBenchmark.removeStaleWorkFolders("scalelab-bench", in: NSTemporaryDirectory())
        let folder = GradingBenchmark.workFolder("scalelab-bench", in: NSTemporaryDirectory())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let elapsed = try GradingBenchmark.run(workDirectory: folder)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The process's peak resident memory so far.
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #endif
    }

    static var buildKind: String {
        #if DEBUG
            return "debug"
        #else
            return "release"
        #endif
    }
}
