import Foundation
import Testing

@Suite("review from a pipe, end to end")
struct ReviewFlowTests {
    @Test("piped review offers the cited run, shows it, asks again, and records nothing")
    func pipedReview() async throws {
        let state = NSTemporaryDirectory() + "scalelab-review-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FileManager.default.createDirectory(atPath: state + "/scalelab", withIntermediateDirectories: true)
        let card =
            #"{"quiz": "section-2", "question": "s2-read-moved", "repetitions": 0, "interval": 0, "easiness": 2.5, "dueDay": 100}"#
        let progress =
            #"{"version": 1, "sections_read": [], "lab_blocks_run": [], "quiz_scores": [], "review_cards": [\#(card)]}"#
        try progress.write(toFile: state + "/scalelab/progress.json", atomically: true, encoding: .utf8)
        let environment = ["XDG_STATE_HOME": state, "SCALELAB_DAY": "100", "USER": "ada"]
        let result = try await ScalelabProcess.run(["review"], input: "y\n80\n", environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let offer = try #require(result.stdout.range(of: "run it first? [Y/n] y"))
        let report = try #require(result.stdout.range(of: "shards=4 strategy=ring vnodes=100"))
        let asked = try #require(result.stdout.range(of: "[1/1]"))
        #expect(offer.lowerBound < report.lowerBound && report.lowerBound < asked.lowerBound)
        #expect(result.stdout.contains("✓ correct"))
        let after = try String(contentsOfFile: state + "/scalelab/progress.json", encoding: .utf8)
        #expect(after == progress, "a pipe records nothing")
    }
}
