/// File names made from learner names: only `[A-Za-z0-9._-]`, 1 to 64 characters, never `.`/`..`,
/// never starting with `.` or `-`; a name with nothing usable falls back to `learner-N`.
package enum SafeFileName {
    /// The file stem for `name`, `sequence` numbering the fallback.
    package static func stem(for name: String, sequence: Int) -> String {
        var mapped = ""
        for scalar in name.unicodeScalars {
            let keep =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._-".unicodeScalars.contains(scalar))
            let next: Character = keep ? Character(scalar) : "_"
            if next == "_" && mapped.last == "_" { continue }
            mapped.append(next)
        }
        let trimmed = String(mapped.drop { $0 == "." || $0 == "-" || $0 == "_" }.prefix(64))
        let meaningful = trimmed.contains { $0.isLetter || $0.isNumber }
        return meaningful ? trimmed : "learner-\(sequence)"
    }
}
