import LabText
import Testing

@testable import Experiments
@testable import LabShell
@testable import Lessons

@Suite("review: due questions, the experiment they cite, and the count progress shows")
struct ReviewCommandTests {
    /// An interactive session on day 100 whose answers come from `editor`, with `cards` due.
    static func session(_ editor: ScriptedLineEditor, cards: [ReviewCard], language: Language = .en) -> Session {
        let environment = ShellEnvironment(
            variables: ["SCALELAB_DAY": "100", "USER": "ada"], lessonsPath: lessonsFolder,
            statePath: "/nonexistent/state")
        let session = Session(
            language: language, console: Console(sink: .capture, width: 80), mode: .interactive,
            environment: environment)
        session.progress.reviewCards = cards
        session.answerReader = { editor.readLine(prompt: $0) }
        return session
    }

    static let moved = ReviewCard(quiz: "section-2", question: "s2-read-moved", day: 100)

    @Test("in the REPL, review offers the cited run with its parameters, shows its output, then asks the question")
    func offersTheRun() throws {
        let editor = ScriptedLineEditor([.line("review"), .line("y"), .line("80")])
        let session = Self.session(editor, cards: [Self.moved])
        #expect(REPL(session: session, editor: editor).run() == 0)
        let output = session.console.capturedOutput
        let offer = try #require(output.range(of: "this question is about `run sharding shards=4`."))
        let report = try #require(output.range(of: "sharding — section 2.2"))
        let question = try #require(output.range(of: "[1/1]"))
        #expect(offer.lowerBound < report.lowerBound && report.lowerBound < question.lowerBound)
        #expect(output.contains("✓ correct"))
        #expect(editor.prompts == ["scalelab> ", "run it first? [Y/n] ", "answer> ", "scalelab> "])
        #expect(session.progress.reviewCards.first?.dueDay == 101)
    }

    @Test("declining the offer goes straight to the question, in Korean too")
    func declines() throws {
        let editor = ScriptedLineEditor([.line("아니요"), .line("20")])
        let session = Self.session(editor, cards: [Self.moved], language: .ko)
        try Interpreter.execute("review", in: session)
        let output = session.console.capturedOutput
        #expect(output.contains("이 문제는 `run sharding shards=4` 실험에 관한 것입니다."))
        #expect(!output.contains("strategy=ring vnodes=100"))
        #expect(output.contains("오답") && output.contains("정답: "))
    }

    @Test("a question that cites no experiment is asked at once")
    func noOffer() throws {
        let editor = ScriptedLineEditor([.line("vertical")])
        let session = Self.session(
            editor, cards: [ReviewCard(quiz: "section-0", question: "s0-scale-up-name", day: 99)])
        try Interpreter.execute("review", in: session)
        #expect(!session.console.capturedOutput.contains("this question is about"))
        #expect(editor.prompts == ["answer> "])
    }

    @Test(
        "progress counts the questions review asks: cards whose question left the course or became an essay are named and left out"
    )
    func countsAgree() throws {
        let cards = [
            Self.moved, ReviewCard(quiz: "section-2", question: "s2-gone", day: 90),
            ReviewCard(quiz: "my-own", question: "q1", day: 100),
            ReviewCard(quiz: "section-0", question: "s0-scale-up-name", day: 101),
            ReviewCard(quiz: "section-3", question: "s3-payment-essay", day: 100)
        ]
        let editor = ScriptedLineEditor([.line("n"), .line("80")])
        let session = Self.session(editor, cards: cards)
        try Interpreter.execute("progress", in: session)
        #expect(session.console.capturedOutput.contains("5 question(s) in review, 1 due today ('review')."))
        try Interpreter.execute("review", in: session)
        let output = session.console.capturedOutput
        #expect(
            output.contains(
                "3 due question(s) are left out, no longer in the course or graded by hand: my-own q1, section-2 s2-gone, section-3 s3-payment-essay"
            ))
        #expect(output.contains("[1/1]") && !output.contains("[1/2]"))
        #expect(editor.prompts.filter { $0 == "answer> " }.count == 1)
    }

    @Test("only experiments and built-in designs in backticks are offered, never a file")
    func runnable() {
        #expect(ReviewRerun.isRunnable("run cap mode=cp"))
        #expect(ReviewRerun.isRunnable("design run 2.1 load=100M-users"))
        #expect(!ReviewRerun.isRunnable("run nosuch x=1"))
        #expect(!ReviewRerun.isRunnable("design run /etc/passwd"))
        let question = Question(id: "q", text: "Run `design run ../x.mmd` or `run cap mode=cp`", kind: .essay, line: 1)
        #expect(ReviewRerun.command(for: question) == "run cap mode=cp")
    }
}
