import Foundation
import Testing

@testable import Lessons

@Suite("Manual marks, deadlines and late policies")
struct MarksAndDeadlineTests {
    /// Ada at 100 s and Bob at 200 s, both with one true/false answer right and an essay.
    func book(marks: [Mark] = [], deadline: Date? = nil, policy: LatePolicy = .keep) throws -> Gradebook {
        let key = sampleKey()
        let submissions = [("Ada", 100.0), ("Bob", 200.0)].map { name, time in
            Gradebook.Submission(
                path: name.lowercased() + ".json",
                sheet: AnswerSheet(
                    quiz: key, learner: name, submittedAt: Date(timeIntervalSince1970: time),
                    answers: ["tf": .bool(false), "essay": .text("Split by key.")]))
        }
        return try Gradebook(
            key: key, keyPath: "scaling.gift", submissions: submissions,
            options: GradingOptions(deadline: deadline, latePolicy: policy, marks: marks))
    }

    @Test("a marked essay counts in the maximum; an override replaces the key's score and adds the comment")
    func marks() throws {
        let marks = try Marks.parse(
            "learner,question,points,comment\r\nAda,essay,0.5,\"Good, but short\"\r\nBob,tf,0,override\r\nBob,essay,,\r\n",
            file: "m.csv")
        let book = try book(marks: marks)
        #expect(book.sheets.map(\.maxPoints) == [6, 5])
        #expect(book.sheets.map(\.points) == [1.5, 0])
        #expect(book.sheets[0].items[5].score.feedback == ["Good, but short"] && book.sheets[0].items[5].isMarked)
        #expect(CSVReport.render(book).split(separator: "\r\n")[1].hasSuffix(",0,0,1,0,0,0.5"))
        let feedback = FeedbackWriter.render(book.sheets[0], quiz: "scaling", labels: MarkdownLabels(language: .ko))
        #expect(feedback.contains("(0.5 / 1), 수동 채점") && feedback.contains("- 피드백: Good, but short"))
    }

    @Test("every bad mark is reported with its file and line")
    func badMarks() throws {
        let marks = try Marks.parse(
            "learner,question,points\nEve,essay,1\nAda,nope,1\nAda,essay,2\nAda,essay,1\nAda,essay,1\n", file: "m.csv")
        let unfit = #expect(throws: MarkProblems.self) { try book(marks: marks) }
        #expect(
            unfit?.messages.map(\.en) == [
                "m.csv:2: no counted sheet of learner 'Eve'; write the name or id as the gradebook shows it",
                "m.csv:3: no question 'nope' in the key (its questions: mc, ma, tf, num, sa, essay)",
                "m.csv:4: 2 points is outside 0 to 1, what 'essay' is worth",
                "m.csv:6: marked already on m.csv:5"
            ])
        #expect(unfit?.messages[3].ko == "m.csv:6: m.csv:5에서 이미 점수를 줬습니다")
        let unread = #expect(throws: MarkProblems.self) {
            try Marks.parse("learner,question,points\nAda,essay,lots\n", file: "m.csv")
        }
        #expect(unread?.description == "m.csv:2: points 'lots' is not a number; write it as 0.5 or 2")
        #expect(throws: MarkProblems.self) { try Marks.parse("name,points\n", file: "m.csv") }
    }

    @Test("the marks template has a row per essay of each learner, ready to fill in")
    func template() throws {
        #expect(Marks.template(try book()) == "learner,question,points,comment\r\nAda,essay,,\r\nBob,essay,,\r\n")
    }

    @Test(
        "late sheets are kept and flagged, penalised, or dropped",
        arguments: [
            (LatePolicy.keep, [1.0, 1.0], 0), (.penalise(0.25), [1.0, 0.75], 0), (.drop, [1.0], 1)
        ])
    func late(policy: LatePolicy, points: [Double], dropped: Int) throws {
        let book = try book(deadline: Date(timeIntervalSince1970: 150), policy: policy)
        #expect(book.sheets.map(\.points) == points)
        #expect(book.dropped.count == dropped)
        #expect(book.sheets.map(\.lateBy) == (dropped == 1 ? [nil] : [nil, 50]))
        let note = book.diagnostics().first { $0.hasPrefix("bob.json: note: late by 50 s") }
        #expect(note != nil, "\(book.diagnostics())")
    }

    @Test(
        "late policies and deadlines are read as written, and refused otherwise",
        arguments: [
            ("keep", LatePolicy.keep), ("drop", .drop), ("penalise:10", .penalise(0.1)),
            ("penalize:10%", .penalise(0.1)),
            ("penalise:150", nil), ("later", nil)
        ])
    func policyText(text: String, policy: LatePolicy?) {
        #expect(LatePolicy(text: text) == policy)
        #expect(GradingOptions.deadline("2026-12-01T18:00:00+09:00") == Date(timeIntervalSince1970: 1_796_115_600))
        #expect(GradingOptions.deadline("tomorrow") == nil)
    }
}
