import Foundation
import GradingBenchmarks
import LabText
import Lessons

/// `bench --grading`: grading 10,000 sheets x 40 questions into each format, timed beside CPython's json
/// module only parsing the same files, and each format's peak memory on 100,000 sheets.
enum GradingBench {
    static func run(in session: Session) throws {
        GradingBenchmark.removeStaleWorkFolders(workName, in: NSTemporaryDirectory())
        let folder = GradingBenchmark.workFolder(workName, in: NSTemporaryDirectory())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try measure(sheets: 10_000, in: folder + "/ten", session: session)
        try peaks(sheets: 100_000, in: folder + "/hundred", session: session)
    }

    /// The name of the bench's work folder (with its process id) in the temporary folder.
    private static let workName = "scalelab-grading-bench"

    /// Rounds of CPython's parse and each format, so that each figure is a median over the same moments.
    private static let rounds = 5

    private static func measure(sheets: Int, in folder: String, session: Session) throws {
        let (key, sheetFolder) = try GradingBenchmark.prepare(in: folder, sheets: sheets, questions: 40)
        let timings = GradingBenchmark.rounds(rounds, key: key, sheets: sheetFolder, outFolder: folder)
        let python = Statistics.median(timings.python)
        session.console.print(
            "grading \(sheets) sheets x 40 questions (\(BenchCommand.buildKind) build; "
                + "median of \(rounds) rounds, fastest-slowest in brackets)")
        session.console.print(
            "  CPython json, parsing only: "
                + (python.map { format($0) + " s " + spread(timings.python) } ?? "skipped: no python3, or it failed"))
        for (reportFormat, seconds) in timings.formats {
            guard let median = Statistics.median(seconds) else { continue }
            let ratio = python.map { ", \(format(median / $0))x CPython" } ?? ""
            session.console.print(
                "  \(reportFormat.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(format(median)) s "
                    + spread(seconds).dropLast() + ratio + ")")
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// `(fastest-slowest)` of `seconds`.
    private static func spread(_ seconds: [Double]) -> String {
        "(\(format(seconds.min() ?? 0))-\(format(seconds.max() ?? 0)))"
    }

    private static func peaks(sheets: Int, in folder: String, session: Session) throws {
        let (key, sheetFolder) = try GradingBenchmark.prepare(in: folder, sheets: sheets, questions: 40)
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        session.console.print("peak memory grading \(sheets) sheets x 40 questions (a child process per format)")
        for (reportFormat, megabytes) in GradingBenchmark.formatPeakMegabytes(
            executable: executable, key: key, sheets: sheetFolder, outFolder: folder)
        {
            session.console.print(
                "  \(reportFormat.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                    + (megabytes.map { format($0) + " MB" } ?? "failed"))
        }
    }

    private static func format(_ value: Double) -> String { DecimalText.fixed(value, digits: 2) }
}
