/// A message in English and Korean; the caller picks the language it shows.
package struct Bilingual: Sendable, Hashable, CustomStringConvertible {
    package var en: String
    package var ko: String

    package init(en: String, ko: String) {
        self.en = en
        self.ko = ko
    }

    /// The English text.
    package var description: String { en }
}

/// A typed answer that could not be understood, with what to type instead.
package struct AnswerProblem: Error, Sendable, Hashable {
    package var message: Bilingual

    package init(en: String, ko: String) {
        message = Bilingual(en: en, ko: ko)
    }
}
