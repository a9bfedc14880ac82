import Experiments
import LabText

/// "Did you mean …?" by edit distance.
package enum Suggestion {
    /// The longest word, in UTF-8 bytes, that gets a suggestion: a typo is short, and the
    /// distance table grows with the product of the lengths.
    package static let maximumWordBytes = 64

    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        guard word.utf8.count <= maximumWordBytes else { return nil }
        let lowered = word.lowercased()
        if let prefixed = candidates.filter({ $0.hasPrefix(lowered) }).sorted().first, !lowered.isEmpty {
            return prefixed
        }
        let limit = max(1, lowered.count / 3)
        let scored =
            candidates
            .map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
            .filter { $0.distance <= limit }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        return scored.first?.candidate
    }

    /// `did you mean 'x'?` (in Korean with `.ko`), or nil when nothing is close.
    package static func hint(for word: String, in candidates: [String], language: Language = .en) -> String? {
        closest(to: word, in: candidates).map {
            Localized(en: "did you mean '\($0)'?", ko: "'\($0)'을(를) 찾으셨나요?").text(language)
        }
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count as one edit).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
