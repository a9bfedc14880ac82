import Foundation

/// The C locale setup libedit needs for wide characters.
enum LocaleSetup {
    /// Applies the user's character type (forcing UTF-8 for `LC_CTYPE` if needed) and returns whether
    /// the user's own locale was UTF-8, which decides Unicode drawing versus the ASCII fallback.
    /// Only `LC_CTYPE` follows the user: numbers stay in the C locale, so `0.5` never prints as `0,5`.
    static func prepare() -> Bool {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let isUTF8 = normalized(codeset) == "UTF8" || asksForUTF8(ProcessInfo.processInfo.environment)
        if normalized(codeset) != "UTF8" { setlocale(LC_CTYPE, "C.UTF-8") }
        return isUTF8
    }

    /// Whether the locale variables name a UTF-8 locale, even one not installed here (`ko_KR.UTF-8`).
    static func asksForUTF8(_ environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return normalized(name).hasSuffix("UTF8")
    }

    private static func normalized(_ text: String) -> String {
        text.uppercased().replacingOccurrences(of: "-", with: "")
    }
}
