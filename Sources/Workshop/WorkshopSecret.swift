import Lessons

/// Secrets of a workshop, drawn from the operating system's random source (never the simulation's seeded one).
package enum WorkshopSecret {
    /// A 128-bit token as 32 lowercase hex digits: the dashboard's and each learner session's.
    package static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in hex(UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Letters and digits that cannot be mistaken for one another when read aloud or off a projector.
    static let codeAlphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A six-character join code such as `K7QMXD`.
    package static func joinCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<6).map { _ in codeAlphabet.randomElement(using: &generator)! })
    }

    /// The SHA-256 of a token in hex: what the store keeps of a learner's session token.
    package static func hash(_ token: String) -> String {
        SHA256.hex(of: Array(token.utf8))
    }

    /// Compares two secrets in time that does not depend on where they differ.
    package static func same(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
