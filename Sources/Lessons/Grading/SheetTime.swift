import Foundation

/// The `submitted_at` times of sheets: ISO 8601 in UTC, such as `2025-03-01T09:30:00Z`.
///
/// The canonical form is read and written by arithmetic; any other form goes through
/// `ISO8601DateFormatter`, so both accept and print exactly the same times.
enum SheetTime {
    // NB: an ISO8601DateFormatter is made per call (it is not Sendable); making two per sheet took
    // more time than grading the sheet. The arithmetic handles every time `quiz` writes.

    /// `date` as `YYYY-MM-DDTHH:MM:SSZ`.
    static func text(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        guard seconds == seconds.rounded(), let whole = Int(exactly: seconds), (0..<253_402_300_800).contains(whole)
        else { return formatter().string(from: date) }
        let (days, second) = whole.quotientAndRemainder(dividingBy: 86_400)
        let (year, month, day) = civil(days)
        // NB: written as bytes: interpolating padded numbers was 6,000 instructions a sheet in every report (callgrind).
        var bytes = Array("0000-00-00T00:00:00Z".utf8)
        for (value, end) in [
            (year, 4), (month, 7), (day, 10), (second / 3600, 13), (second / 60 % 60, 16), (second % 60, 19)
        ] {
            var value = value
            var index = end - 1
            while value > 0 {
                bytes[index] = 0x30 + UInt8(value % 10)
                value /= 10
                index -= 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The time `text` names, nil when it is not ISO 8601.
    static func date(_ text: String) -> Date? {
        if let seconds = canonicalSeconds(Array(text.utf8)) { return Date(timeIntervalSince1970: Double(seconds)) }
        return formatter().date(from: text)
    }

    private static func canonicalSeconds(_ bytes: [UInt8]) -> Int? {
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
            bytes[16] == 0x3A, bytes[19] == 0x5A
        else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), (1970...9999).contains(year),
            (1...12).contains(month), (1...daysIn(month, year)).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        return days(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`, years from 1970 on).
    private static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01 (`civil_from_days`, days from 0 on).
    private static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func formatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }
}
