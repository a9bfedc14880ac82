import Foundation
import GradingBenchmarks
import Testing

@Suite("Benchmark work folders left by a killed run are removed by the next")
struct BenchWorkFolderTests {
    @Test("only the folders of processes that no longer run, and only under the benchmark's name")
    func staleFolders() async throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        // NB: not `waitUntilExit`, which spins on a thread of the task pool while it waits.
        while finished.isRunning { try await Task.sleep(for: .milliseconds(5)) }
        let dead = finished.processIdentifier
        let names = ["bench-\(dead)", "bench-\(dead)-123", "bench-\(getpid())", "bench-1", "other-\(dead)", "bench-x"]
        for name in names {
            try FileManager.default.createDirectory(
                atPath: directory + "/" + name + "/sheets", withIntermediateDirectories: true)
        }
        #expect(GradingBenchmark.removeStaleWorkFolders("bench", in: directory) == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(left == ["bench-\(getpid())", "bench-1", "bench-x", "other-\(dead)"].sorted())
        #expect(GradingBenchmark.workFolder("bench", in: directory).hasSuffix("/bench-\(getpid())"))
    }
}
