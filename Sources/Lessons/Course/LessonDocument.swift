import Foundation
import LabText
import Terminal

/// One lesson file split into numbered sections, with its lab blocks and diagrams.
package struct LessonDocument: Sendable {
    /// The top-level section (the whole file) first, then its subsections in order.
    package let sections: [LessonSection]

    /// Parses Markdown whose headings carry numbers (`# 2. …`, `## 2.2 …`).
    /// Headings inside fenced code are ignored; each section's body is assembled when first read.
    package init(markdown: String, file: String) {
        let lines = Self.lines(of: markdown)
        let scan = FenceScanner.scan(lines)
        let source = LessonSource(file: file, lines: lines, scan: scan)
        let headings = scan.headings
        sections = headings.enumerated().map { index, heading in
            let end = headings[(index + 1)...].first { $0.level <= heading.level }?.index ?? lines.count
            return LessonSection(
                number: heading.number, title: heading.title, file: file, line: heading.index + 1,
                lines: heading.index..<end, source: source)
        }
    }

    /// The lines of `text`, split at `\n` and `\r\n` on its UTF-8 bytes (splitting on `Character`s segments
    /// every grapheme of 100 kB of Hangul: 35M of the course load's 111M instructions).
    static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
        }
    }

    /// Reads and parses the file at `path`.
    package static func load(_ path: String) throws(CourseError) -> LessonDocument {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path) }
        return LessonDocument(markdown: text, file: path)
    }
}

/// A lesson file or folder that cannot be used.
package enum CourseError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String)
    case notUTF8(path: String)
    case noLessons(folder: String)

    package var description: String { text(.en) }

    /// The message in `language`, naming the file or folder and the fix.
    package func text(_ language: Language) -> String {
        switch self {
        case .unreadable(let path):
            return path + Localized(en: ": cannot read the lesson file", ko: ": 강의 파일을 읽을 수 없습니다").text(language)
        case .notUTF8(let path):
            return path + Localized(en: ": the lesson is not valid UTF-8", ko: ": 강의가 올바른 UTF-8이 아닙니다").text(language)
        case .noLessons(let folder):
            return folder
                + Localized(
                    en: ": no lesson files (*.md) found; set SCALELAB_LESSONS to the lessons folder",
                    ko: ": 강의 파일(*.md)이 없습니다. SCALELAB_LESSONS를 lessons 폴더로 지정하세요"
                ).text(language)
        }
    }
}
