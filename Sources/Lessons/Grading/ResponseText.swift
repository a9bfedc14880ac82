import LabText

extension Response {
    /// The response as one safe line for reports: texts joined by `; `, numbers by our formatter.
    package var displayText: String {
        switch self {
        case .text(let text): UntrustedText.oneLine(text, limit: 200)
        case .texts(let texts): texts.map { UntrustedText.oneLine($0) }.joined(separator: "; ")
        case .bool(let value): value ? "true" : "false"
        case .number(let value): DecimalText.format(value, digits: 6)
        case .pairs(let pairs):
            pairs.sorted { $0.key < $1.key }.map {
                "\(UntrustedText.oneLine($0.key)) → \(UntrustedText.oneLine($0.value))"
            }.joined(separator: "; ")
        }
    }
}
