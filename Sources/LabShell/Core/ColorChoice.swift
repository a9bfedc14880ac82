import ArgumentParser

/// When ANSI colour is written: `--color auto|always|never`, also `set color on|off|auto`.
package enum ColorChoice: String, CaseIterable, Sendable, ExpressibleByArgument {
    case auto, always, never

    /// A choice as typed: `auto`, `always`/`on`, `never`/`off`, in any case.
    package init?(argument: String) {
        switch argument.lowercased() {
        case "auto": self = .auto
        case "always", "on": self = .always
        case "never", "off": self = .never
        default: return nil
        }
    }

    /// Whether colour is on: `auto` means standard output is a terminal, `NO_COLOR` is empty
    /// and `TERM` is not `dumb`.
    package func isEnabled(outputIsTerminal: Bool, variables: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return outputIsTerminal && (variables["NO_COLOR"] ?? "").isEmpty && variables["TERM"] != "dumb"
        }
    }
}
