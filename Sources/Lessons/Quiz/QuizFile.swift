import Foundation
import LabText

/// Reading quizzes from disk: a GIFT answer key, or a JSON exam paper made from one.
package enum QuizFile {
    /// The quiz in `path`: a `.json` file is read as an exam paper, anything else as GIFT.
    package static func load(path: String) throws -> Quiz {
        let data = try read(path)
        if path.lowercased().hasSuffix(".json") { return try QuizPaper.decode(data, file: path).makeQuiz() }
        return try parseGIFT(data, path: path)
    }

    /// The answer key in `path`, which must be GIFT.
    package static func loadKey(path: String) throws -> Quiz {
        try parseGIFT(try read(path), path: path)
    }

    /// A quiz from GIFT bytes, named after `path` and identified by `QuizPaper.digest`; throws `GIFTErrors` listing every bad item.
    package static func parseGIFT(_ data: Data, path: String) throws -> Quiz {
        guard let text = String(data: data, encoding: .utf8) else {
            throw QuizFileError(
                path: path,
                reason: Localized(
                    en: "not valid UTF-8 text; save the quiz as UTF-8", ko: "올바른 UTF-8 텍스트가 아닙니다. 퀴즈를 UTF-8로 저장하세요"))
        }
        let (questions, errors) = GIFTParser.parse(text, file: path)
        guard errors.isEmpty else { throw GIFTErrors(errors) }
        guard !questions.isEmpty else {
            throw QuizFileError(
                path: path,
                reason: Localized(
                    en: "no questions; a GIFT file holds questions separated by blank lines",
                    ko: "문항이 없습니다. GIFT 파일에는 빈 줄로 나눈 문항이 들어 있어야 합니다"))
        }
        return Quiz(id: quizID(path: path), sha256: QuizPaper.digest(of: questions), questions: questions)
    }

    /// The quiz id of a file: its name without directory and extension.
    package static func quizID(path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "quiz" : name
    }

    /// The largest quiz or paper read, in bytes (the built-in quizzes are under 10 kB).
    package static let sizeLimit = 2 << 20

    /// The bytes of `path`, which may be a pipe (`<(cmd)`, `/dev/stdin`); at most `sizeLimit`.
    static func read(_ path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw QuizFileError(path: path, reason: openFailure(errno))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do { data = try handle.read(upToCount: sizeLimit + 1) ?? Data() } catch {
            throw QuizFileError(
                path: path,
                reason: Localized(
                    en: "cannot be read (a folder?); give a GIFT file or a paper",
                    ko: "읽을 수 없습니다(폴더인가요?). GIFT 파일이나 시험지를 지정하세요"))
        }
        guard data.count <= sizeLimit else {
            throw QuizFileError(
                path: path,
                reason: Localized(
                    en:
                        "larger than \(sizeLimit >> 20) MB; a quiz is at most \(sizeLimit >> 20) MB, so split it into several files",
                    ko: "\(sizeLimit >> 20) MB보다 큽니다. 퀴즈는 \(sizeLimit >> 20) MB까지이니 여러 파일로 나누세요")
            )
        }
        return data
    }

    /// Why `open` failed, from its `errno`.
    private static func openFailure(_ code: Int32) -> Localized {
        switch code {
        case ENOENT: return Localized(en: "no such file; check the path", ko: "그런 파일이 없습니다. 경로를 확인하세요")
        case EACCES:
            return Localized(
                en: "permission denied; make it readable (chmod u+r) or copy it",
                ko: "읽을 권한이 없습니다. 읽을 수 있게 하거나(chmod u+r) 복사하세요")
        default:
            let cause = String(cString: strerror(code))
            return Localized(en: "cannot be opened (\(cause))", ko: "열 수 없습니다(\(cause))")
        }
    }
}

/// A quiz or paper file that cannot be used, with the reason and the fix.
package struct QuizFileError: Error, Sendable, Hashable, CustomStringConvertible {
    package var path: String
    package var reason: Localized

    package init(path: String, reason: Localized) {
        self.path = path
        self.reason = reason
    }

    /// `PATH: reason` in `language`.
    package func text(_ language: Language) -> String { "\(path): \(reason.text(language))" }

    package var description: String { text(.en) }
}
