import Lessons

/// How many learners gave each answer to one question: every choice of a choice question (zero counts too),
/// else the most frequent answers, most frequent first.
struct ResponseCounts: Encodable {
    struct Entry: Encodable {
        var answer: String
        var count: Int
    }

    var entries: [Entry]

    /// The most distinct free answers listed for a short answer or numerical question.
    static let freeAnswerLimit = 10

    init(question: Question, responses: [Response]) {
        var counts: [String: Int] = [:]
        for response in responses {
            for part in Self.parts(of: response) { counts[part, default: 0] += 1 }
        }
        var fixed: [String] = []
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswers(let choices):
            fixed = choices.map { UntrustedText.oneLine($0.text, limit: 200) }
        case .trueFalse: fixed = ["true", "false"]
        case .essay: counts = [:]
        default: break
        }
        let listed = fixed + counts.keys.filter { !fixed.contains($0) }.sorted()
        let sorted = listed.map { Entry(answer: $0, count: counts[$0] ?? 0) }
        entries =
            fixed.isEmpty
            ? Array(sorted.sorted { ($1.count, $0.answer) < ($0.count, $1.answer) }.prefix(Self.freeAnswerLimit))
            : sorted
    }

    /// The answers a response counts for: each ticked choice, each matched pair, else the one answer.
    private static func parts(of response: Response) -> [String] {
        switch response {
        case .texts(let texts): texts.map { UntrustedText.oneLine($0, limit: 200) }
        case .pairs(let pairs): pairs.sorted { $0.key < $1.key }.map { Response.pairs([$0.key: $0.value]).displayText }
        default: [response.displayText]
        }
    }

    func encode(to encoder: any Encoder) throws {
        try entries.encode(to: encoder)
    }
}
