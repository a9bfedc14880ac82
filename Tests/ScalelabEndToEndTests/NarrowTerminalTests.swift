import Foundation
import Testing

/// What a learner sees at 40, 60, 80 and 100 columns in both languages: tables, run headers,
/// `compare`, state bands and help, each a golden file, and nothing wider than the width.
@Suite struct NarrowTerminalTests {
    static let cases: [(language: String, width: Int)] = ["en", "ko"].flatMap { language in
        [40, 60, 80, 100].map { (language, $0) }
    }

    static let script = """
        run load rate=3000
        run load rate=3600
        compare
        run availability
        run cache coalesce=false
        run breaker
        help run
        help quiz
        search stampede
        """

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    /// Columns a line takes: Hangul and other wide characters count two.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            let wide =
                (0x1100...0x115F).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
                || (0x3000...0x303E).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
            return total + (wide ? 2 : 1)
        }
    }

    @Test("Tables, run headers, compare, bands and help fit each width in both languages", arguments: cases)
    func fits(language: String, width: Int) async throws {
        let result = try await ScalelabProcess.run(
            ["--lang", language, "--echo", "-f", "-"], input: Self.script,
            environment: ["COLUMNS": String(width)])
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.check(result.stdout, named: "narrow-\(language)-\(width)")
        let wide = Self.lines(result.stdout).filter { Self.columns($0) > width && !$0.hasPrefix("> ") }
        #expect(wide.isEmpty, "lines wider than \(width): \(wide.prefix(3))")
    }

    @Test("Under LANG=C every byte scalelab writes is ASCII")
    func asciiOnly() async throws {
        let result = try await ScalelabProcess.run(["-f", "-"], input: Self.script, environment: ["LANG": "C"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.utf8.allSatisfy { $0 < 0x80 })
        #expect(result.stdout.contains("x") && !result.stdout.isEmpty)
    }
}
