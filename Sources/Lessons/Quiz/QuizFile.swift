import Foundation

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
            throw QuizFileError(path: path, reason: "not valid UTF-8 text; save the quiz as UTF-8")
        }
        let (questions, errors) = GIFTParser.parse(text, file: path)
        guard errors.isEmpty else { throw GIFTErrors(errors) }
        guard !questions.isEmpty else {
            throw QuizFileError(
                path: path, reason: "no questions; a GIFT file holds questions separated by blank lines")
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
            let reason =
                errno == ENOENT
                ? "no such file; check the path"
                : errno == EACCES
                    ? "permission denied; make it readable (chmod u+r) or copy it"
                    : "cannot be opened (\(String(cString: strerror(errno))))"
            throw QuizFileError(path: path, reason: reason)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do { data = try handle.read(upToCount: sizeLimit + 1) ?? Data() } catch {
            throw QuizFileError(path: path, reason: "cannot be read (a folder?); give a GIFT file or a paper")
        }
        guard data.count <= sizeLimit else {
            throw QuizFileError(
                path: path,
                reason:
                    "larger than \(sizeLimit >> 20) MB; a quiz is at most \(sizeLimit >> 20) MB, so split it into several files"
            )
        }
        return data
    }
}

/// A quiz or paper file that cannot be used, with the reason and the fix.
package struct QuizFileError: Error, Sendable, Hashable, CustomStringConvertible {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var description: String { "\(path): \(reason)" }
}
