import Foundation

/// What to do with a sheet handed in after the deadline.
package enum LatePolicy: Sendable, Hashable {
    /// Grade it in full; the gradebook still marks it late.
    case keep
    /// Take this share (0...1) off its total.
    case penalise(Double)
    /// Leave it out of the gradebook and the statistics; it is listed as dropped.
    case drop

    /// The policy written as `keep`, `drop`, `penalise:N` or `penalise:N%` (N in 0...100); nil otherwise.
    package init?(text: String) {
        let lowered = text.lowercased()
        switch lowered {
        case "keep": self = .keep
        case "drop": self = .drop
        default:
            let prefixes = ["penalise:", "penalize:", "penalise=", "penalize="]
            guard let prefix = prefixes.first(where: lowered.hasPrefix) else { return nil }
            var number = String(lowered.dropFirst(prefix.count))
            if number.hasSuffix("%") { number.removeLast() }
            guard let percent = Double(number), (0...100).contains(percent) else { return nil }
            self = .penalise(percent / 100)
        }
    }
}

/// How a gradebook is built beyond the key: deadline, late policy, manual marks, the key it replaces.
package struct GradingOptions: Sendable, Hashable {
    /// Sheets submitted after this are late (nil: no deadline).
    package var deadline: Date?
    package var latePolicy: LatePolicy
    /// Marks for essays and overrides, from `--marks`.
    package var marks: [Mark]
    /// The key the sheets were graded with before, to count the scores a fix moved (`--previous-key`).
    package var previousKey: Quiz?

    package init(deadline: Date? = nil, latePolicy: LatePolicy = .keep, marks: [Mark] = [], previousKey: Quiz? = nil) {
        self.deadline = deadline
        self.latePolicy = latePolicy
        self.marks = marks
        self.previousKey = previousKey
    }

    /// A deadline written as ISO 8601 (`2026-12-01T18:00:00Z`, or with an offset such as `+09:00`); nil otherwise.
    package static func deadline(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)
    }
}
