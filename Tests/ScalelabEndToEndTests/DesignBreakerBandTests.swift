import Foundation
import Testing

/// A scenario run of a design with guarded calls draws each breaker's state as a band under the
/// latency and error lines, in both languages and at 40, 60, 80 and 100 columns.
@Suite struct DesignBreakerBandTests {
    static let command = ["design", "run", "db-guarded", "scenario=slow DB_M x50 at 5s", "requests=10000"]

    @Test(
        "Breaker bands fit each width in both languages, Hangul counted as two columns",
        arguments: NarrowTerminalTests.cases)
    func bands(language: String, width: Int) async throws {
        let result = try await ScalelabProcess.run(
            ["--lang", language] + Self.command, environment: ["COLUMNS": String(width)])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        let band = language == "ko" ? "서킷 브레이커 App1 --> DB_M" : "breaker App1 --> DB_M"
        #expect(text.contains(band))
        #expect(text.contains(language == "ko" ? "반열림" : "half-open"))
        try Golden.check(text, named: "design-breaker-\(language)-\(width)")
        let wide = NarrowTerminalTests.lines(text).filter { NarrowTerminalTests.columns($0) > width }
        #expect(wide.isEmpty, "lines wider than \(width): \(wide.prefix(3))")
    }

    @Test("--json carries each breaker's band: its states and when it entered them")
    func json() async throws {
        let result = try await ScalelabProcess.run(Self.command + ["--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let charts = object?["series"] as? [[String: Any]] ?? []
        let band = try #require(charts.first { ($0["chart"] as? String) == "breaker App1 --> DB_M" })
        #expect(band["states"] as? [String] == ["closed", "open", "half-open"])
        let states = (band["segments"] as? [[NSNumber]] ?? []).map { $0[2].intValue }
        #expect(states.first == 0 && states.contains(1), "closed, then open: \(states)")
    }
}
