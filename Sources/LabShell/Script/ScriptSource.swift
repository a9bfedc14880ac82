import Experiments
import Foundation
import LabText
import Lessons

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

    /// The script at `path` (`-` is standard input; `/dev/stdin` and `<(cmd)` work too).
    /// - Throws: `LabError` naming the file and the fix when it is missing, unreadable, too large or not UTF-8.
    package static func file(_ path: String, language: Language = .en) throws(LabError) -> ScriptSource {
        if path == "-" { return standardInput() }
        let data: Data
        do { data = try BoundedFile.read(path, limit: maximumBytes) } catch {
            let (message, hint) = readError(error)
            throw .usage("\(path): " + message.text(language), hint: hint.text(language))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage(
                "\(path): "
                    + Localized(en: "the script is not valid UTF-8", ko: "스크립트가 올바른 UTF-8이 아닙니다").text(language),
                hint: Localized(en: "save it as UTF-8", ko: "UTF-8로 저장하세요").text(language))
        }
        return ScriptSource(name: path, lines: splitLines(text))
    }

    private static func readError(_ failure: BoundedFile.Failure) -> (Localized, hint: Localized) {
        switch failure {
        case .missing:
            (
                Localized(en: "no such script", ko: "그런 스크립트가 없습니다"),
                Localized(
                    en: "check the path; 'set' shows the lessons folder", ko: "경로를 확인하세요. 'set'이 lessons 폴더를 보여 줍니다")
            )
        case .permissionDenied:
            (
                Localized(en: "permission denied", ko: "읽을 권한이 없습니다(permission denied)"),
                Localized(en: "make it readable (chmod u+r) or run a copy", ko: "읽을 수 있게 하거나(chmod u+r) 복사본을 실행하세요")
            )
        case .folder:
            (
                Localized(en: "is a folder, not a script", ko: "스크립트가 아니라 폴더입니다"),
                Localized(en: "name a .lab file inside it", ko: "그 안의 .lab 파일을 지정하세요")
            )
        case .tooLarge(let limit):
            (
                Localized(en: "the script is more than \(limit) bytes", ko: "스크립트가 \(limit)바이트를 넘습니다"),
                Localized(en: "is this really a lab script?", ko: "정말 실습 스크립트가 맞나요?")
            )
        case .other(let reason):
            (
                Localized(en: "cannot read the script (\(reason))", ko: "스크립트를 읽을 수 없습니다(\(reason))"),
                Localized(en: "check the path and the disk", ko: "경로와 디스크를 확인하세요")
            )
        }
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
