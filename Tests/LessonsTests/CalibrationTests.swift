import Foundation
import Testing

@testable import Lessons

@Suite struct CalibrationTests {
    func record(_ section: String, guess: Double, measured: Double, within: Bool = false) -> PredictionRecord {
        PredictionRecord(section: section, metric: "p99_ms", guess: guess, measured: measured, within: within)
    }

    @Test("Calibration compares the mean miss of the earlier and the later half of a section's predictions")
    func halves() throws {
        var progress = Progress()
        progress.predictions = [
            record("1.1", guess: 2, measured: 10), record("2.1", guess: 5, measured: 5, within: true),
            record("1.1", guess: 15, measured: 10), record("1.1", guess: 11, measured: 10, within: true)
        ]
        let calibration = try #require(progress.calibration(section: "1.1"))
        #expect(calibration.count == 3 && calibration.hits == 1)
        #expect(abs(calibration.earlierError - 0.65) < 1e-9)
        #expect(abs(calibration.laterError - 0.1) < 1e-9)
        #expect(progress.predictionSections == ["1.1", "2.1"])
        #expect(progress.calibration(section: "3.1") == nil)
    }

    @Test("A measured zero counts a guess of zero as exact and anything else as 100% off")
    func zero() {
        #expect(record("", guess: 0, measured: 0).relativeError == 0)
        #expect(record("", guess: 4, measured: 0).relativeError == 1)
        #expect(record("", guess: 5, measured: -10).relativeError == 1.5)
    }

    @Test("A progress file written before predictions existed reads with none, and predictions survive a round trip")
    func decoding() throws {
        let old = #"{"version":1,"sections_read":["1"],"lab_blocks_run":[],"quiz_scores":[],"review_cards":[]}"#
        let progress = try JSONDecoder().decode(Progress.self, from: Data(old.utf8))
        #expect(progress.predictions.isEmpty && progress.sectionsRead == ["1"])
        var withPrediction = progress
        withPrediction.predictions = [record("1.1", guess: 3, measured: 4)]
        let again = try JSONDecoder().decode(Progress.self, from: JSONEncoder().encode(withPrediction))
        #expect(again == withPrediction)
    }

    @Test("A merge keeps the predictions this session added and those another session saved meanwhile")
    func merge() {
        var base = Progress()
        base.predictions = [record("1.1", guess: 1, measured: 2)]
        var mine = base
        mine.predictions.append(record("2.1", guess: 3, measured: 4))
        var disk = base
        disk.predictions.append(record("6.2", guess: 5, measured: 6))
        #expect(mine.merged(since: base, onto: disk).predictions.map(\.section) == ["1.1", "6.2", "2.1"])
    }
}
