import Foundation
import Testing

@testable import Lessons

@Suite("Submission times are read and written as ISO8601DateFormatter does")
struct SheetTimeTests {
    func formatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }

    @Test("5,000 seeded whole-second times from 1970 to 9999 print and read back as the formatter's")
    func sweep() {
        var random = SplitMix64(seed: 3)
        let formatter = formatter()
        for _ in 0..<5_000 {
            let date = Date(timeIntervalSince1970: Double(random.next() % 253_402_300_800))
            let text = SheetTime.text(date)
            #expect(text == formatter.string(from: date), "\(date.timeIntervalSince1970)")
            #expect(SheetTime.date(text) == formatter.date(from: text), "\(text)")
        }
    }

    @Test(
        "other forms go to the formatter, and impossible dates are no dates",
        arguments: [
            "2026-12-01T09:30:00+09:00", "2026-12-01T09:30:00.5Z", "2025-02-29T00:00:00Z", "2024-02-29T23:59:59Z",
            "2026-13-01T00:00:00Z", "2026-12-01 09:30:00Z", "1969-12-31T23:59:59Z", "", "2026-12-01T24:00:00Z"
        ])
    func otherForms(_ text: String) {
        #expect(SheetTime.date(text) == formatter().date(from: text))
    }
}
