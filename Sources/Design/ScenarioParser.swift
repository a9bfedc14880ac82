import LabText

/// Reads `scenario=` text: events joined by `,`, each one of
/// `spike xN at T [for D]`, `kill NODE at T`, `slow NODE xK at T`, `lose-region NAME at T`, `partition A+B|C at T [for D]`, `cold-cache`
/// (`kill:DB_M@5s` is read like `kill DB_M at 5s`, for command lines without quotes).
package enum ScenarioParser {
    /// Parses `text`; mistakes name the event and what was expected.
    package static func parse(_ text: String) throws(DesignError) -> Scenario {
        var events: [Scenario.Event] = []
        for part in text.split(separator: ",") {
            events.append(try event(normalized(String(part)), whole: text))
        }
        guard !events.isEmpty else { throw failure(text, "an empty scenario", whole: text) }
        return Scenario(events: events, text: text)
    }

    /// `kill:DB_M@5s` reads like `kill DB_M at 5s`.
    static func normalized(_ text: String) -> [String] {
        text.replacingEvery("@", with: " at ").replacingEvery(":", with: " ").split(separator: " ").map(String.init)
    }

    private static func event(_ words: [String], whole: String) throws(DesignError) -> Scenario.Event {
        let phrase = words.joined(separator: " ")
        switch words.first?.lowercased() {
        case "cold-cache", "cold":
            return .coldCache
        case "spike":
            return try spike(words, phrase: phrase, whole: whole)
        case "kill":
            guard words.count == 4, words[2] == "at", let at = AttributeValueReader.duration(words[3]), at >= 0 else {
                throw failure(phrase, "kill NODE at T", whole: whole)
            }
            return .kill(node: words[1], at: at)
        case "slow":
            guard words.count == 5, words[3] == "at", let factor = multiplier(words[2]), factor > 0, factor <= 1_000,
                let at = AttributeValueReader.duration(words[4]), at >= 0
            else {
                throw failure(phrase, "slow NODE xK at T", whole: whole)
            }
            return .slow(node: words[1], factor: factor, at: at)
        case "partition":
            return try partition(words, phrase: phrase, whole: whole)
        case "lose-region":
            guard words.count == 4, words[2] == "at", let at = AttributeValueReader.duration(words[3]), at >= 0 else {
                throw failure(phrase, "lose-region NAME at T", whole: whole)
            }
            return .loseRegion(region: words[1], at: at)
        default:
            throw failure(
                phrase, "spike xN at T", "kill NODE at T", "slow NODE xK at T", "lose-region NAME at T",
                "partition A+B|C at T [for D]", "cold-cache", whole: whole)
        }
    }

    /// `spike xN at T [for D]`.
    private static func spike(_ words: [String], phrase: String, whole: String) throws(DesignError) -> Scenario.Event {
        guard words.count >= 4, words[2] == "at", let factor = multiplier(words[1]), factor >= 1, factor <= 100,
            let at = AttributeValueReader.duration(words[3]), at >= 0
        else { throw failure(phrase, "spike xN at T [for D]", whole: whole) }
        return .spike(factor: factor, at: at, lasting: lasting(words))
    }

    /// `partition A+B|C at T [for D]`.
    private static func partition(_ words: [String], phrase: String, whole: String) throws(DesignError)
        -> Scenario.Event
    {
        guard words.count >= 4, words[2] == "at", let at = AttributeValueReader.duration(words[3]), at >= 0 else {
            throw failure(phrase, "partition A+B|C at T [for D]", whole: whole)
        }
        let sides = words[1].split(separator: "|").map { $0.split(separator: "+").map(String.init) }
        guard sides.count == 2, sides.allSatisfy({ !$0.isEmpty }) else {
            throw failure(phrase, "partition A+B|C at T [for D]", whole: whole)
        }
        return .partition(sides: sides, at: at, lasting: lasting(words))
    }

    /// The seconds of a trailing `for D` (at most 10^6), or 10^6 when there is none.
    private static func lasting(_ words: [String]) -> Double {
        let asked = words.count >= 6 && words[4] == "for" ? AttributeValueReader.duration(words[5]) : nil
        return min(asked ?? 1e6, 1e6)
    }

    private static func multiplier(_ word: String) -> Double? {
        Double(word.hasPrefix("x") || word.hasPrefix("×") ? String(word.dropFirst()) : word)
    }

    /// A phrase that matches none of `forms` (`expected A, B or C`; in Korean each form quoted).
    private static func failure(_ phrase: String, _ forms: String..., whole: String) -> DesignError {
        let english =
            forms.count > 1 ? forms.dropLast().joined(separator: ", ") + " or " + forms[forms.count - 1] : forms[0]
        let korean = forms.map { "'\($0)'" }.joined(separator: ", ") + (forms.count > 1 ? " 중 하나의" : "")
        return DesignError(
            file: "scenario=", line: 1, column: 1, sourceLine: whole,
            message: Localized(
                en: "cannot read '\(phrase)': expected \(english)",
                ko: "'\(phrase)'을(를) 읽을 수 없습니다: \(korean) 형식이어야 합니다"),
            fix: "scenario=\"kill DB_M at 5s, spike x3 at 10s\"")
    }
}

extension String {
    /// Every `target` replaced (Foundation-free, for the engine-side module).
    func replacingEvery(_ target: Character, with replacement: String) -> String {
        reduce(into: "") { result, character in
            if character == target { result += replacement } else { result.append(character) }
        }
    }
}
