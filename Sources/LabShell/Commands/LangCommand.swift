import ArgumentParser
import Experiments
import LabText

/// `lang [ko|en]`: shows or switches the course language.
struct LangCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "lang", abstract: "Show or switch the language (ko or en).")
    static let summary = Localized(en: "Show or switch the language (ko or en)", ko: "언어를 보거나 바꿉니다 (ko 또는 en)")
    static let completion = ArgumentCompletion.choices(["ko", "en"])

    @Argument(help: "ko or en.") var language: String?

    mutating func run(in session: Session) throws {
        if let language {
            guard let chosen = Language(rawValue: language.lowercased()) else {
                throw LabError.usage(
                    session.text(en: "lang: unknown language '\(language)'", ko: "lang: 알 수 없는 언어 '\(language)'"),
                    hint: session.text(en: "use 'lang ko' or 'lang en'", ko: "'lang ko'나 'lang en'을 쓰세요"))
            }
            session.language = chosen
        }
        session.printWrapped(session.text(en: "language = en (English)", ko: "언어 = ko (한국어)"))
    }
}
