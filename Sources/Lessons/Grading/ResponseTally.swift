/// Counts the answers given to one question: the key's choices (or pairs) first, then other answers by count.
struct ResponseTally {
    private var order: [String] = []
    private var counts: [String: Int] = [:]
    private var credits: [String: Double] = [:]
    /// The text shown for each normalised answer: the first spelling met.
    private var shown: [String: String] = [:]
    /// The normalised form of each spelling met, so a spelling given on many sheets is normalised once.
    private var forms: [String: String] = [:]
    private var fixed = 0
    /// Essays are not tallied: their answers are prose.
    private var isEssay = false

    /// A tally that lists every choice or matching pair of `question`, given or not, with its credit.
    init(question: Question) {
        isEssay = question.kind == .essay
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswers(let choices):
            for choice in choices { seed(choice.text, credit: choice.fraction) }
        case .trueFalse(let answer):
            seed("true", credit: answer.isTrue ? 1 : 0)
            seed("false", credit: answer.isTrue ? 0 : 1)
        case .matching(let pairs):
            for pair in pairs where !pair.left.isEmpty { seed(Self.pair(pair.left, pair.right), credit: 1) }
        default: break
        }
        fixed = order.count
    }

    /// Counts `response`, given on `times` sheets; a free answer's credit is the `fraction` the first sheet giving it
    /// earned.
    mutating func add(_ response: Response, fraction: Double, times: Int) {
        guard !isEssay else { return }
        switch response {
        case .texts(let texts): for text in Set(texts) { count(text, credit: 0, times: times) }
        case .pairs(let pairs): for (left, right) in pairs { count(Self.pair(left, right), credit: 0, times: times) }
        case .text(let text): count(text, credit: fraction, times: times)
        case .bool, .number: count(response.displayText, credit: fraction, times: times)
        }
    }

    /// The fixed entries, then the others by count (ties by text); beyond `limit`, one "(other answers)" entry.
    func answers(limit: Int) -> [(text: String, count: Int, credit: Double)] {
        let entry = { (key: String) in
            (text: shown[key] ?? key, count: counts[key, default: 0], credit: credits[key, default: 0])
        }
        let others = order.dropFirst(fixed).map(entry).sorted { ($1.count, $0.text) < ($0.count, $1.text) }
        let room = max(0, limit - fixed)
        var listed = order.prefix(fixed).map(entry) + others.prefix(room)
        if others.count > room {
            listed.append((text: "(other answers)", count: others.dropFirst(room).map(\.count).reduce(0, +), credit: 0))
        }
        return listed
    }

    private mutating func seed(_ text: String, credit: Double) {
        let key = ShortAnswerMatcher.normalized(text)
        guard counts[key] == nil else { return }
        order.append(key)
        counts[key] = 0
        credits[key] = credit
        shown[key] = text
    }

    private mutating func count(_ text: String, credit: Double, times: Int) {
        // NB: two lookups for a spelling met before, not four (tallying was 0.14 M instructions a sheet, callgrind).
        let key: String
        if let known = forms[text] {
            key = known
        } else {
            key = ShortAnswerMatcher.normalized(text)
            forms[text] = key
        }
        if let index = counts.index(forKey: key) {
            counts.values[index] += times
            return
        }
        order.append(key)
        credits[key] = credit
        shown[key] = text
        counts[key] = times
    }

    private static func pair(_ left: String, _ right: String) -> String { "\(left) → \(right)" }
}
