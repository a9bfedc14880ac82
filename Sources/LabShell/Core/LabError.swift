/// The one error a learner sees: a message, an optional hint, and the exit status it implies.
package struct LabError: Error, Equatable, Sendable {
    /// Exit statuses scalelab documents: 0 ok, 1 a failed line or `expect`, 2 a usage error.
    package enum Status: Int32, Sendable {
        case failure = 1
        case usage = 2
    }

    package var message: String
    package var hint: String?
    package var status: Status

    package init(_ message: String, hint: String? = nil, status: Status = .failure) {
        self.message = message
        self.hint = hint
        self.status = status
    }

    /// A usage error: the command or its words are wrong.
    package static func usage(_ message: String, hint: String? = nil) -> LabError {
        LabError(message, hint: hint, status: .usage)
    }

    /// The message followed by the hint on the same line, as scripts print it.
    package var oneLine: String {
        guard let hint else { return message }
        return "\(message) (\(hint))"
    }
}
