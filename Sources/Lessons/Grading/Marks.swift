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

/// Every bad line of a marks file, each `FILE:LINE: reason`.
package struct MarkProblems: Error, Sendable, Hashable, CustomStringConvertible {
    package var messages: [String]
    package var description: String { messages.joined(separator: "\n") }
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
            throw MarkProblems(messages: [
                "\(file):1: the first row must be '\(header.joined(separator: ","))'; "
                    + "'grade --marks-template FILE.csv' writes a file to fill in"
            ])
        }
        var marks: [Mark] = []
        var problems: [String] = []
        for row in rows.dropFirst() {
            let cells = row.cells.map { $0.trimmingWhitespace } + ["", "", "", ""]
            guard !cells[2].isEmpty else { continue }
            let origin = "\(file):\(row.line)"
            guard let points = Double(cells[2].replacingOccurrences(of: ",", with: ".")), points.isFinite else {
                problems.append(
                    "\(origin): points '\(UntrustedText.oneLine(cells[2]))' is not a number; write it as 0.5 or 2")
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
        var problems: [String] = []
        var seen: [String: String] = [:]
        for mark in marks {
            do throws(MarkProblem) {
                let (sheet, column) = try locate(mark, in: sheets, key: key)
                if let first = seen[sheets[sheet].identity + "\u{0}" + mark.question] {
                    throw MarkProblem("marked already on \(first)")
                }
                seen[sheets[sheet].identity + "\u{0}" + mark.question] = mark.origin
                sheets[sheet].items[column].mark(mark)
            } catch {
                problems.append("\(mark.origin): \(error.reason)")
            }
        }
        guard problems.isEmpty else { throw MarkProblems(messages: problems) }
    }

    private static func locate(_ mark: Mark, in sheets: [GradedSheet], key: Quiz) throws(MarkProblem) -> (Int, Int) {
        guard let column = key.answerable.firstIndex(where: { $0.id == mark.question }) else {
            let ids = key.answerable.map(\.id).joined(separator: ", ")
            throw MarkProblem(
                "no question '\(UntrustedText.oneLine(mark.question))' in the key (its questions: \(ids))")
        }
        let weight = key.answerable[column].weight
        guard (0...weight).contains(mark.points) else {
            throw MarkProblem(
                "\(DecimalText.format(mark.points)) points is outside 0 to \(DecimalText.format(weight)), what '\(mark.question)' is worth"
            )
        }
        let byID = sheets.indices.filter { sheets[$0].learnerID == mark.learner }
        let byName = sheets.indices.filter {
            ShortAnswerMatcher.normalized(sheets[$0].learner) == ShortAnswerMatcher.normalized(mark.learner)
        }
        let found = byID.isEmpty ? byName : byID
        guard found.count == 1 else {
            throw MarkProblem(
                found.isEmpty
                    ? "no counted sheet of learner '\(UntrustedText.oneLine(mark.learner))'; write the name or id as the gradebook shows it"
                    : "\(found.count) learners are called '\(UntrustedText.oneLine(mark.learner))'; use their learner id instead"
            )
        }
        return (found[0], column)
    }
}

private struct MarkProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
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
