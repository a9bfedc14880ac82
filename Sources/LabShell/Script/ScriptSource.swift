import Foundation

/// Lines of commands and the name errors cite them by (`lesson.lab`, `<stdin>`).
package struct ScriptSource {
    package let name: String
    private let nextLine: () -> String?

    /// Largest script file accepted, so a wrong path to a huge file fails fast.
    static let maximumBytes = 4 << 20

    package init(name: String, lines: [String]) {
        self.name = name
        var iterator = lines.makeIterator()
        self.nextLine = { iterator.next() }
    }

    /// Standard input, read a line at a time so piped sessions run as they arrive.
    package static func standardInput() -> ScriptSource {
        ScriptSource(name: "<stdin>", reader: { readLine(strippingNewline: true) })
    }

    private init(name: String, reader: @escaping () -> String?) {
        self.name = name
        self.nextLine = reader
    }

    /// The script at `path` (`-` is standard input).
    /// - Throws: `LabError` naming the file when it is missing, too large or not UTF-8.
    package static func file(_ path: String) throws(LabError) -> ScriptSource {
        if path == "-" { return standardInput() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .usage("\(path): cannot read the script", hint: "check the path; 'set' shows the lessons folder")
        }
        guard data.count <= maximumBytes else {
            throw .usage("\(path): the script is \(data.count) bytes, more than \(maximumBytes)", hint: "is this really a lab script?")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage("\(path): the script is not valid UTF-8", hint: "save it as UTF-8")
        }
        return ScriptSource(name: path, lines: splitLines(text))
    }

    /// Splits text into lines, accepting `\n`, `\r\n`, `\r` and a final line without a newline.
    package static func splitLines(_ text: String) -> [String] {
        // NB: "\r\n" is a single Character in Swift, so it is a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The next line, or nil at the end.
    package func next() -> String? {
        nextLine()
    }
}
