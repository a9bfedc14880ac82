import Foundation
import GradingBenchmarks
import LabText
import Lessons

/// `bench --grading`: grading 10,000 sheets x 40 questions into each format, timed beside CPython's json
/// module only parsing the same files, and each format's peak memory on 100,000 sheets.
enum GradingBench {
    static func run(in session: Session) throws {
        let folder = NSTemporaryDirectory() + "scalelab-grading-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try measure(sheets: 10_000, in: folder + "/ten", session: session)
        try peaks(sheets: 100_000, in: folder + "/hundred", session: session)
    }

    private static func measure(sheets: Int, in folder: String, session: Session) throws {
        let (key, sheetFolder) = try GradingBenchmark.prepare(in: folder, sheets: sheets, questions: 40)
        let python = GradingBenchmark.pythonParseSeconds(sheetFolder)
        session.console.print("grading \(sheets) sheets x 40 questions (\(BenchCommand.buildKind) build)")
        session.console.print(
            "  CPython json, parsing only: " + (python.map { format($0) + " s" } ?? "skipped: no python3, or it failed")
        )
        for (reportFormat, seconds) in GradingBenchmark.formatSeconds(key: key, sheets: sheetFolder, outFolder: folder)
        {
            let ratio = python.map { " (\(format(seconds / $0))x CPython)" } ?? ""
            session.console.print(
                "  \(reportFormat.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(format(seconds)) s\(ratio)"
            )
        }
        try? FileManager.default.removeItem(atPath: folder)
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
