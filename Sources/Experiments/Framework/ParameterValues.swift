/// The parameter values of one run, in the order the experiment declares its parameters.
package struct ParameterValues: Sendable, Hashable {
    package private(set) var entries: [(name: String, value: ParameterValue)]

    package init(_ entries: [(name: String, value: ParameterValue)]) {
        self.entries = entries
    }

    /// Every parameter at its default.
    package init(defaultsOf specs: [ParameterSpec]) {
        self.entries = specs.map { ($0.name, $0.defaultValue) }
    }

    package subscript(name: String) -> ParameterValue? {
        entries.first { $0.name == name }?.value
    }

    package mutating func set(_ name: String, _ value: ParameterValue) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
            entries[index].value = value
        } else {
            entries.append((name, value))
        }
    }

    package func integer(_ name: String) -> Int {
        guard case .integer(let value)? = self[name] else { preconditionFailure("no integer parameter '\(name)' in \(self)") }
        return value
    }

    package func real(_ name: String) -> Double {
        switch self[name] {
        case .real(let value)?: return value
        case .integer(let value)?: return Double(value)
        default: preconditionFailure("no real parameter '\(name)' in \(self)")
        }
    }

    package func choice(_ name: String) -> String {
        guard case .choice(let value)? = self[name] else { preconditionFailure("no choice parameter '\(name)' in \(self)") }
        return value
    }

    package func flag(_ name: String) -> Bool {
        guard case .flag(let value)? = self[name] else { preconditionFailure("no flag parameter '\(name)' in \(self)") }
        return value
    }

    /// `name=value` pairs separated by spaces, as a learner would type them.
    package var commandLineText: String {
        entries.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
    }

    package static func == (lhs: ParameterValues, rhs: ParameterValues) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.value == $1.value }
    }

    package func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.name)
            hasher.combine(entry.value)
        }
    }
}
