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
            throw QuizFileError(path: path, reason: "no questions; a GIFT file holds questions separated by blank lines")
        }
        return Quiz(id: quizID(path: path), sha256: QuizPaper.digest(of: questions), questions: questions)
    }

    /// The quiz id of a file: its name without directory and extension.
    package static func quizID(path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "quiz" : name
    }

    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw QuizFileError(path: path, reason: "cannot be read (\(error.localizedDescription)); check the path")
        }
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
