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

    /// The value of a typed parameter; every run of the experiment that declares the key has it.
    package subscript<Value>(key: ParameterKey<Value>) -> Value {
        guard let raw = self[key.name], let value = Value(parameter: raw) else {
            preconditionFailure("no \(Value.self) parameter '\(key.name)' in \(self)")
        }
        return value
    }

    /// Sets a typed parameter.
    package mutating func set<Value>(_ key: ParameterKey<Value>, _ value: Value) {
        set(key.name, value.parameterValue)
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
