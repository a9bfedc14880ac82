import Design
import Foundation
import MiniCluster

/// The design lab's part of `bench`: the document's 2.1 design at the 100M-user peak, 1,000,000 requests.
enum DesignBench {
    static let requests = 1_000_000

    /// Wall time, requests and events per second, and the most requests in flight (memory grows with it).
    static func figures(_ session: Session) throws -> [(String, Double, String)] {
        let design = try DesignLocator.load("2.1", session: session)
        let settings = RunSettings(profile: LoadProfile.hundredMillionUsers, requests: requests, seed: session.seed)
        let clock = ContinuousClock()
        var outcome: DesignOutcome?
        let elapsed = try clock.measure { outcome = try DesignRunner.run(design, settings: settings) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return [
            ("design_2.1_100M_seconds", seconds, "s"),
            ("design_requests_per_second", Double(requests) / seconds, "/s"),
            ("design_events_per_second", Double(outcome?.events ?? 0) / seconds, "/s"),
            ("design_peak_in_flight", Double(outcome?.peakInFlight ?? 0), ""),
            ("peak_memory_after_design_mb", BenchCommand.peakMemoryMegabytes(), "MB")
        ]
    }
}
