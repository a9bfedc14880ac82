import Foundation
import Lessons

extension GradingBenchmark {
    /// One measured figure of the scale benchmark: a name, a value and its unit.
    package struct Figure: Sendable, Hashable {
        package var name: String
        package var value: Double
        package var unit: String
    }

    /// A key of `count` questions: the benchmark key's six kinds in turn, numbered.
    package static func key(questions count: Int) -> String {
        let kinds = keyText.components(separatedBy: "\n\n").dropFirst().map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (0..<count).map { index in
            let block = kinds[index % kinds.count]
            let title = block.prefix { $0 != " " }
            return block.replacingOccurrences(of: String(title), with: "::q\(index)-" + title.dropFirst(2))
        }.joined(separator: "\n\n")
    }

    /// Writes the key and `sheets` generated sheets (seed 42) into `folder`; returns the key's path and the sheets' folder.
    package static func prepare(in folder: String, sheets: Int, questions: Int) throws -> (key: String, sheets: String)
    {
        let sheetFolder = (folder as NSString).appendingPathComponent("sheets")
        try FileManager.default.createDirectory(atPath: sheetFolder, withIntermediateDirectories: true)
        let keyPath = (folder as NSString).appendingPathComponent("bench.gift")
        try OutputFile.write(Data(key(questions: questions).utf8), to: keyPath)
        _ = try SheetGenerator.write(
            count: sheets, key: try QuizFile.loadKey(path: keyPath), directory: sheetFolder, seed: 42)
        return (keyPath, sheetFolder)
    }

    /// Seconds CPython's `json` module takes only to parse every `*.json` under `folder` (timed inside Python,
    /// so interpreter start-up is left out; a file that is not JSON is timed too, as a failed parse); nil when no
    /// `python3` is found (`pythonExecutable`) or it fails.
    package static func pythonParseSeconds(_ folder: String) -> Double? {
        let script = """
            import json, os, sys, time
            start = time.perf_counter()
            for root, _, files in os.walk(sys.argv[1]):
                for name in files:
                    if name.endswith('.json'):
                        with open(os.path.join(root, name), 'rb') as handle:
                            try: json.load(handle)
                            except ValueError: pass
            print(time.perf_counter() - start)
            """
        let process = Process()
        guard let python = pythonExecutable() else { return nil }
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, folder]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The first executable `python3` on the PATH, else where pyenv and the system put it; nil when there is none.
    package static func pythonExecutable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        let folders =
            path.split(separator: ":").map(String.init) + [home + "/.pyenv/shims", "/usr/local/bin", "/usr/bin"]
        return folders.map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Seconds to grade the sheets of `folder` against `key` into each format (a file in `outFolder`).
    package static func formatSeconds(key: String, sheets folder: String, outFolder: String) -> [(ReportFormat, Double)]
    {
        ReportFormat.allCases.map { format in
            var request = GradeRequest(
                keyPath: key, inputs: [folder], format: format,
                outPath: (outFolder as NSString).appendingPathComponent("report-\(format.rawValue)"))
            request.force = true
            // NB: a report put in place over an older one makes ext4 write it to disk at once (auto_da_alloc), which
            // is the disk's time, not grading's: the last round's report is removed first.
            try? FileManager.default.removeItem(atPath: request.outPath!)
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = Grader.run(request) }
            return (format, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
    }

    /// The timings of `rounds` rounds, each CPython parsing the sheets of `folder` and then grading them into every
    /// format (so a busy moment of the machine falls on both alike): each figure's seconds in every round.
    package static func rounds(_ rounds: Int, key: String, sheets folder: String, outFolder: String) -> (
        python: [Double], formats: [(ReportFormat, [Double])]
    ) {
        var python: [Double] = []
        var formats = ReportFormat.allCases.map { ($0, [Double]()) }
        for _ in 0..<rounds {
            if let seconds = pythonParseSeconds(folder) { python.append(seconds) }
            for (index, (_, seconds)) in formatSeconds(key: key, sheets: folder, outFolder: outFolder).enumerated() {
                formats[index].1.append(seconds)
            }
        }
        return (python, formats)
    }

    /// Peak resident memory in MB of `executable grade ...` run as a child on the sheets of `folder` into each format.
    package static func formatPeakMegabytes(executable: String, key: String, sheets folder: String, outFolder: String)
        -> [(ReportFormat, Double?)]
    {
        ReportFormat.allCases.map { format in
            let out = (outFolder as NSString).appendingPathComponent("child-\(format.rawValue)")
            return (
                format,
                childUsage([
                    executable, "grade", "--key", key, "--format", format.rawValue, "--force", "--out", out, folder
                ]).map(peakMegabytes)
            )
        }
    }

    /// The resource usage of `arguments` run as a child with its output discarded (nil: it could not start).
    package static func childUsage(_ arguments: [String]) -> rusage? {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        return usage
    }

    /// The peak resident memory in `usage`, in MB.
    package static func peakMegabytes(_ usage: rusage) -> Double {
        #if os(Linux)
            return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
            return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #endif
    }
}
