/// A quiz: questions in file order, identified by the quiz file's name and the digest of what its paper shows.
package struct Quiz: Sendable, Hashable {
    /// The quiz file's name without its extension.
    package var id: String
    /// `QuizPaper.digest` of the questions: computed from what a paper shows, so it reveals no answer.
    package var sha256: String
    package var questions: [Question]
    /// True when the quiz was read from an exam paper: it has no correctness, credit or feedback.
    package var isPaper: Bool

    package init(id: String, sha256: String, questions: [Question], isPaper: Bool = false) {
        self.id = id
        self.sha256 = sha256
        self.questions = questions
        self.isPaper = isPaper
    }

    /// The questions a learner answers and a grader scores (everything but descriptions).
    package var answerable: [Question] {
        questions.filter { $0.kind != .description }
    }

    /// The question with this id, if any.
    package func question(id: String) -> Question? {
        questions.first { $0.id == id }
    }
}

/// How a question's text is marked up, from a leading `[html]`, `[moodle]`, `[plain]` or `[markdown]`.
package enum TextFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case moodle, html, plain, markdown

    /// A leading `[html]`, `[moodle]`, `[plain]` or `[markdown]` (case-sensitive, as in Moodle) split off `text`.
    ///
    ///     TextFormat.split("[html]<b>x</b>")  // (.html, "<b>x</b>")
    package static func split(_ text: String) -> (format: TextFormat?, text: String) {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]"),
            let format = TextFormat(rawValue: String(text[text.index(after: text.startIndex)..<close]))
        else { return (nil, text) }
        return (format, text[text.index(after: close)...].trimmingWhitespace)
    }
}

/// One GIFT item: a question or a description.
package struct Question: Sendable, Hashable {
    /// The stable id: the `::title::`, or `q<position>` for an untitled item.
    package var id: String
    package var title: String?
    /// The `$CATEGORY:` in force where the question was written.
    package var category: String?
    package var text: String
    package var format: TextFormat
    package var kind: QuestionKind
    /// The text after `####`, shown whatever the answer.
    package var generalFeedback: String?
    /// Points the question is worth (1 unless a `// [weight:N]` comment line says otherwise).
    package var weight: Double
    /// The line where the item starts in its file.
    package var line: Int

    package init(
        id: String, title: String? = nil, category: String? = nil, text: String,
        format: TextFormat = .moodle, kind: QuestionKind, generalFeedback: String? = nil,
        weight: Double = 1, line: Int = 0
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.text = text
        self.format = format
        self.kind = kind
        self.generalFeedback = generalFeedback
        self.weight = weight
        self.line = line
    }
}
