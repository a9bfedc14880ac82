import Lessons

/// Answers read from standard input when it is not a terminal (`printf 'a\nb\n' | scalelab quiz 5`).
enum PipedAnswers {
    /// A reader that returns the next line of standard input (echoed after its prompt), or `.endOfInput`.
    static func reader(echo: @escaping (String) -> Void) -> (String) -> LineEvent {
        { prompt in
            guard let line = readLine(strippingNewline: true) else { return .endOfInput }
            echo(prompt + UntrustedText.oneLine(line))
            return .line(line)
        }
    }
}
