import LabText

/// A typed answer that could not be understood, with what to type instead.
package struct AnswerProblem: Error, Sendable, Hashable {
    package var message: Localized

    package init(en: String, ko: String) {
        message = Localized(en: en, ko: ko)
    }
}
