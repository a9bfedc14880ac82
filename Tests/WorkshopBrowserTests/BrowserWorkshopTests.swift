import Foundation
import Lessons
import Testing
import Workshop

/// Three learners in headless Chromium answer every question type; the dashboard and the export see them.
///
/// Runs where Debian's chromium-driver is installed (the README's test command installs it), or when
/// `SCALELAB_BROWSER_TESTS=1` asks for it (then a missing driver fails the test instead of skipping it).
/// `SCALELAB_SCREENSHOTS=DIR` keeps screenshots of the learner page and the dashboard.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["SCALELAB_BROWSER_TESTS"] == "1"
            || FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")), .serialized)
struct BrowserWorkshopTests {
    @Test(
        "three learners join in a browser, answer every type (one resumes on a new browser, one clears and starts again) and submit; the dashboard and its download count them"
    )
    func threeLearners() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "workshop-browser-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(BrowserScript.quiz.utf8).write(to: URL(fileURLWithPath: folder + "/bench.gift"))
        let workshop = try Workshop(
            store: try WorkshopStore(path: folder + "/store.sqlite"), keyPaths: [folder + "/bench.gift"],
            mode: .practice)
        let port = BrowserScript.PortBox()
        let outcome = BrowserScript.OutcomeBox()
        try await ChromeDriver.with(folder: folder) { driver in
            try await WorkshopServer.serve(
                workshop, bind: "127.0.0.1", port: 0, ready: { port.set($0.port) },
                stop: {
                    do {
                        try await BrowserScript(
                            base: "http://127.0.0.1:\(port.get())", workshop: workshop, driverPort: driver.port,
                            downloads: folder
                        ).run()
                    } catch {
                        outcome.fail("\(error)")
                    }
                })
        }
        #expect(outcome.failure == nil, "\(outcome.failure ?? "")")
        let export = try WorkshopExport(store: workshop.store).report(quiz: "bench", format: .csv)
        #expect(export.exitStatus == 0)
        #expect(export.report.split(whereSeparator: \.isNewline).count == 4)
        for name in ["Ari", "Bora", "Chul"] { #expect(export.report.contains(name)) }
        #expect(try workshop.store.answers(quiz: "bench").count == 21)
    }
}
