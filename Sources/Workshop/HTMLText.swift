import Lessons

/// Text inside HTML: escaping plain text, keeping or decoding the character references an author wrote.
enum HTMLText {
    /// The named references kept, with the character each stands for.
    static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "middot": "·",
        "times": "×", "rarr": "→", "larr": "←", "le": "≤", "ge": "≥", "ne": "≠", "hellip": "…", "mdash": "—",
        "ndash": "–"
    ]

    /// `text` with `& < > " '` escaped: safe between tags and in a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text { out += escape(character) }
        return out
    }

    /// Text from an author's HTML made safe: every reference that stands for a printable character is kept,
    /// anything else is escaped (a stray `&`, a reference to a control or a bidi character).
    static func reescaped(_ text: String) -> String {
        transform(text, escaping: true) { reference, character in
            character.map { _ in "&" + reference + ";" } ?? "&amp;"
        }
    }

    /// Text from an author's HTML as plain characters: references decoded, unknown ones left as written.
    static func decoded(_ text: String) -> String {
        transform(text, escaping: false) { _, character in character.map(String.init) ?? "&" }
    }

    /// Rewrites `text`, calling `reference` with each `&name;` and the printable character it stands for
    /// (nil for none); other characters are escaped when `escaping`.
    private static func transform(
        _ text: String, escaping: Bool, _ reference: (String, Character?) -> String
    ) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard character == "&" else {
                out += escaping ? escape(character) : String(character)
                continue
            }
            let name = text[index...].prefix(10).prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }
            let ends = name.endIndex < text.endIndex && text[name.endIndex] == ";"
            if ends, let stands = meaning(String(name)) {
                out += reference(String(name), stands)
                index = text.index(after: name.endIndex)
            } else {
                out += reference(String(name), nil)
            }
        }
        return out
    }

    /// The printable character `&name;` stands for, or nil.
    static func meaning(_ name: String) -> Character? {
        if let character = named[name] { return character }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        let control = value < 0x20 || (0x7F...0x9F).contains(value) || UntrustedText.isBidiControl(scalar)
        return control ? nil : Character(scalar)
    }

    private static func escape(_ character: Character) -> String {
        switch character {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        default: String(character)
        }
    }
}
