/// The two languages of the course.
package enum Language: String, Sendable, CaseIterable, Codable {
    case en, ko

    /// The language a `LANG`/`LC_ALL` value asks for: Korean when it starts with `ko`, else English.
    package init(localeIdentifier: String?) {
        self = (localeIdentifier ?? "").lowercased().hasPrefix("ko") ? .ko : .en
    }
}

/// A text in English and Korean.
package struct Localized: Sendable, Hashable {
    package var en: String
    package var ko: String

    package init(en: String, ko: String) {
        self.en = en
        self.ko = ko
    }

    /// The same text in both languages (numbers, identifiers).
    package init(verbatim text: String) {
        self.init(en: text, ko: text)
    }

    package func text(_ language: Language) -> String {
        language == .ko ? ko : en
    }
}
