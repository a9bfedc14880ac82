extension GradedSheet {
    /// A question's response and score in a sheet.
    ///
    /// NB: the item is one reference to an immutable value that every sheet graded alike shares (`GradedItemTable`
    /// interns them while grading): 8 bytes an item instead of ~240 held for each of 100,000 sheets x 40 questions.
    /// Setting a property gives the item a value of its own.
    package struct GradedItem: Sendable, Hashable {
        private var shared: Shared

        init(
            question: Question, response: Response?, score: Score, change: QuestionChange? = nil,
            isMarked: Bool = false
        ) {
            shared = Shared(
                Content(question: question, response: response, score: score, change: change, isMarked: isMarked))
        }

        package var question: Question {
            get { shared.content.question }
            set { update { $0.question = newValue } }
        }
        package var response: Response? {
            get { shared.content.response }
            set { update { $0.response = newValue } }
        }
        package var score: Score {
            get { shared.content.score }
            set { update { $0.score = newValue } }
        }
        /// How the key's question differs from the one the learner saw (nil: the same).
        package var change: QuestionChange? {
            get { shared.content.change }
            set { update { $0.change = newValue } }
        }
        /// True when the score is a mark from `--marks` rather than the key's.
        package var isMarked: Bool {
            get { shared.content.isMarked }
            set { update { $0.isMarked = newValue } }
        }

        /// Tells apart the items of a gradebook: the same for every sheet sharing this item, never 0.
        var identity: UInt { UInt(bitPattern: ObjectIdentifier(shared)) }

        package static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.shared === rhs.shared || lhs.shared.content == rhs.shared.content
        }

        package func hash(into hasher: inout Hasher) { hasher.combine(shared.content) }

        private mutating func update(_ edit: (inout Content) -> Void) {
            var content = shared.content
            edit(&content)
            shared = Shared(content)
        }

        private struct Content: Sendable, Hashable {
            var question: Question
            var response: Response?
            var score: Score
            var change: QuestionChange?
            var isMarked: Bool
        }

        private final class Shared: Sendable {
            let content: Content
            init(_ content: Content) { self.content = content }
        }
    }
}
