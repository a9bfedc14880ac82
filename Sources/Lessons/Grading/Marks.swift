import Foundation
import LabText

/// A mark given by hand: an essay's points, or an override of the key's score, with a comment for the learner.
package struct Mark: Sendable, Hashable {
    /// The learner's course id or name, as the gradebook shows it.
    package var learner: String
    package var question: String
    package var points: Double
    package var comment: String?
    /// Where the mark was read, for errors: `FILE:LINE`.
    package var origin: String

    package init(learner: String, question: String, points: Double, comment: String? = nil, origin: String = "") {
        self.learner = learner
        self.question = question
        self.points = points
        self.comment = comment
        self.origin = origin
    }
}

/// Every bad line of a marks file, each `FILE:LINE: reason` in English and Korean.
package struct MarkProblems: Error, Sendable, Hashable, CustomStringConvertible {
    package var messages: [Localized]
    /// Every line in English.
    package var description: String { messages.map(\.en).joined(separator: "\n") }
}

/// Manual marks: the `--marks FILE.csv` format (`learner,question,points,comment`), its template, and merging.
package enum Marks {
    /// The header of a marks file.
    package static let header = ["learner", "question", "points", "comment"]

    /// The marks in `text`; rows with empty points (not marked yet) are left out.
    package static func parse(_ text: String, file: String) throws(MarkProblems) -> [Mark] {
        let rows = CSVReader.rows(text)
        guard let first = rows.first,
            first.cells.map({ $0.trimmingWhitespace.lowercased() }).starts(with: header.dropLast())
        else {
            let row = header.joined(separator: ",")
            throw MarkProblems(messages: [
                Localized(
                    en:
                        "\(file):1: the first row must be '\(row)'; 'grade --marks-template FILE.csv' writes a file to fill in",
                    ko: "\(file):1: 첫 줄은 '\(row)'이어야 합니다. 'grade --marks-template FILE.csv'가 채울 파일을 씁니다")
            ])
        }
        var marks: [Mark] = []
        var problems: [Localized] = []
        for row in rows.dropFirst() {
            let cells = row.cells.map { $0.trimmingWhitespace } + ["", "", "", ""]
            guard !cells[2].isEmpty else { continue }
            let origin = "\(file):\(row.line)"
            guard let points = Double(cells[2].replacingOccurrences(of: ",", with: ".")), points.isFinite else {
                let given = UntrustedText.oneLine(cells[2])
                problems.append(
                    Localized(
                        en: "\(origin): points '\(given)' is not a number; write it as 0.5 or 2",
                        ko: "\(origin): 점수 '\(given)'은(는) 숫자가 아닙니다. 0.5나 2처럼 쓰십시오"))
                continue
            }
            marks.append(
                Mark(
                    learner: cells[0], question: cells[1], points: points, comment: cells[3].isEmpty ? nil : cells[3],
                    origin: origin))
        }
        guard problems.isEmpty else { throw MarkProblems(messages: problems) }
        return marks
    }

    /// Merges `marks` into `sheets`: each replaces the score of its learner's question; throws every mark that does not fit.
    static func apply(_ marks: [Mark], to sheets: inout [GradedSheet], key: Quiz) throws(MarkProblems) {
        var problems: [Localized] = []
        var seen: [String: String] = [:]
        for mark in marks {
            do throws(MarkProblem) {
                let (sheet, column) = try locate(mark, in: sheets, key: key)
                if let first = seen[sheets[sheet].identity + "\u{0}" + mark.question] {
                    throw MarkProblem(en: "marked already on \(first)", ko: "\(first)에서 이미 점수를 줬습니다")
                }
                seen[sheets[sheet].identity + "\u{0}" + mark.question] = mark.origin
                sheets[sheet].items[column].mark(mark)
            } catch {
                let origin = mark.origin + ": "
                problems.append(Localized(en: origin + error.reason.en, ko: origin + error.reason.ko))
            }
        }
        guard problems.isEmpty else { throw MarkProblems(messages: problems) }
    }

    private static func locate(_ mark: Mark, in sheets: [GradedSheet], key: Quiz) throws(MarkProblem) -> (Int, Int) {
        guard let column = key.answerable.firstIndex(where: { $0.id == mark.question }) else {
            let ids = key.answerable.map(\.id).joined(separator: ", ")
            let id = UntrustedText.oneLine(mark.question)
            throw MarkProblem(
                en: "no question '\(id)' in the key (its questions: \(ids))", ko: "키에 '\(id)' 문항이 없습니다 (문항: \(ids))")
        }
        let weight = key.answerable[column].weight
        guard (0...weight).contains(mark.points) else {
            let (points, most, id) = (DecimalText.format(mark.points), DecimalText.format(weight), mark.question)
            throw MarkProblem(
                en: "\(points) points is outside 0 to \(most), what '\(id)' is worth",
                ko: "\(points)점은 '\(id)'의 배점인 0에서 \(most)점 사이를 벗어납니다")
        }
        let byID = sheets.indices.filter { sheets[$0].learnerID == mark.learner }
        let byName = sheets.indices.filter {
            ShortAnswerMatcher.normalized(sheets[$0].learner) == ShortAnswerMatcher.normalized(mark.learner)
        }
        let found = byID.isEmpty ? byName : byID
        guard found.count == 1 else {
            let learner = UntrustedText.oneLine(mark.learner)
            throw found.isEmpty
                ? MarkProblem(
                    en: "no counted sheet of learner '\(learner)'; write the name or id as the gradebook shows it",
                    ko: "학습자 '\(learner)'의 센 답안지가 없습니다. 성적부에 보이는 이름이나 id를 쓰십시오")
                : MarkProblem(
                    en: "\(found.count) learners are called '\(learner)'; use their learner id instead",
                    ko: "'\(learner)'라는 학습자가 \(found.count)명입니다. 대신 학습자 id를 쓰십시오")
        }
        return (found[0], column)
    }
}

private struct MarkProblem: Error {
    var reason: Localized
    init(en: String, ko: String) { reason = Localized(en: en, ko: ko) }
}

extension GradedSheet.GradedItem {
    /// The item scored by `mark`: its points, the verdict they earn, and the comment as feedback.
    mutating func mark(_ mark: Mark) {
        let weight = question.weight
        var marked = Score(
            fraction: weight > 0 ? mark.points / weight : 0, weight: weight, feedback: score.feedback,
            rightAnswer: score.rightAnswer)
        marked.points = mark.points
        marked.feedback += [mark.comment].compactMap { $0 }
        score = marked
        isMarked = true
    }
}

extension Marks {
    /// A marks file to fill in: a row for each essay of each counted sheet, points empty; learners by id when they have one.
    package static func template(_ book: Gradebook) -> String {
        let essays = book.columns.filter { $0.kind == .essay }
        let rows = book.sheets.flatMap { sheet in
            essays.map { [sheet.learnerID ?? sheet.learner, $0.id, "", ""] }
        }
        return ([header] + rows).map { $0.map(CSVReport.field(text:)).joined(separator: ",") + "\r\n" }.joined()
    }
}
