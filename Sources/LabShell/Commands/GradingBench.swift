import Experiments
import Foundation
import GradingBenchmarks
import LabText
import Lessons

/// `bench --grading`: grading 10,000 sheets x 40 questions into each format, timed beside CPython's json
/// module only parsing the same files, and each format's peak memory on 100,000 sheets.
enum GradingBench {
    /// Runs the benchmark and prints its figures as they come, or all of them as one JSON object when `json`.
    static func run(in session: Session, json: Bool) throws {
        GradingBenchmark.removeStaleWorkFolders(workName, in: NSTemporaryDirectory())
        let folder = GradingBenchmark.workFolder(workName, in: NSTemporaryDirectory())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let print = { (line: String) in if !json { session.console.print(line) } }
        var figures = try speeds(sheets: 10_000, in: folder + "/ten", print: print)
        figures += try peaks(sheets: 100_000, in: folder + "/hundred", print: print)
        if json {
            session.console.print(JSONText.object(figures.map { ($0.0, .number($0.1)) }).rendered(pretty: true))
        }
    }

    /// The name of the bench's work folder (with its process id) in the temporary folder.
    private static let workName = "scalelab-grading-bench"

    /// Rounds of CPython's parse and each format, so that each figure is a median over the same moments.
    private static let rounds = 5

    /// Times `rounds` rounds on `sheets` sheets, prints the medians, and returns them as named figures.
    private static func speeds(sheets: Int, in folder: String, print: (String) -> Void) throws -> [(String, Double)] {
        let (key, sheetFolder) = try GradingBenchmark.prepare(in: folder, sheets: sheets, questions: 40)
        let timings = GradingBenchmark.rounds(rounds, key: key, sheets: sheetFolder, outFolder: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let python = Statistics.median(timings.python)
        var figures = [("sheets", Double(sheets)), ("rounds", Double(rounds))]
        print(
            "grading \(sheets) sheets x 40 questions (\(BenchCommand.buildKind) build; "
                + "median of \(rounds) rounds, fastest-slowest in brackets)")
        print(
            "  CPython json, parsing only: "
                + (python.map { format($0) + " s " + spread(timings.python) } ?? "skipped: no python3, or it failed"))
        if let python { figures.append(("python_parse_seconds", python)) }
        for (reportFormat, seconds) in timings.formats {
            guard let median = Statistics.median(seconds) else { continue }
            let name = reportFormat.rawValue
            figures += [
                ("\(name)_seconds", median), ("\(name)_fastest_seconds", seconds.min() ?? median),
                ("\(name)_slowest_seconds", seconds.max() ?? median)
            ]
            if let python { figures.append(("\(name)_vs_python", median / python)) }
            let ratio = python.map { ", \(format(median / $0))x CPython" } ?? ""
            print(
                "  \(name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(format(median)) s "
                    + spread(seconds).dropLast() + ratio + ")")
        }
        return figures
    }

    /// `(fastest-slowest)` of `seconds`.
    private static func spread(_ seconds: [Double]) -> String {
        "(\(format(seconds.min() ?? 0))-\(format(seconds.max() ?? 0)))"
    }

    /// Each format's peak memory on `sheets` sheets, printed and returned as named figures (a failed child has none).
    private static func peaks(sheets: Int, in folder: String, print: (String) -> Void) throws -> [(String, Double)] {
        let (key, sheetFolder) = try GradingBenchmark.prepare(in: folder, sheets: sheets, questions: 40)
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        print("peak memory grading \(sheets) sheets x 40 questions (a child process per format)")
        var figures: [(String, Double)] = [("peak_sheets", Double(sheets))]
        for (reportFormat, megabytes) in GradingBenchmark.formatPeakMegabytes(
            executable: executable, key: key, sheets: sheetFolder, outFolder: folder)
        {
            print(
                "  \(reportFormat.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                    + (megabytes.map { format($0) + " MB" } ?? "failed"))
            if let megabytes { figures.append(("\(reportFormat.rawValue)_peak_mb", megabytes)) }
        }
        return figures
    }

    private static func format(_ value: Double) -> String { DecimalText.fixed(value, digits: 2) }
}
