/// A learner-facing text of the design lab in English and Korean.
///
/// The design module imports no course or experiment code, so it carries its own pair; the shell
/// turns it into its `Localized` at the boundary.
package struct DesignText: Sendable, Hashable {
    package var en: String
    package var ko: String

    package init(en: String, ko: String) {
        self.en = en
        self.ko = ko
    }

    /// The same text in both languages (identifiers, numbers).
    package init(verbatim text: String) {
        self.init(en: text, ko: text)
    }

    /// The Korean text when `korean` is set, else the English one.
    package func text(korean: Bool) -> String { korean ? ko : en }
}
