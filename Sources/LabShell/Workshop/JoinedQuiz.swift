import Foundation
import Lessons
import Workshop

/// `quiz --join ADDRESS --code CODE --learner NAME [QUIZ]`: the REPL quiz flow against a workshop server.
///
/// The server's paper (choices in this learner's order, no answers) is asked question by question like a
/// paper file; the answers are then sent one by one and submitted, and results shown when the server allows.
struct JoinedQuiz {
    private struct Joined: Decodable {
        struct Entry: Decodable {
            var id: String
            var state: String
        }
        var session: String?
        var quizzes: [Entry]
    }

    private struct Sheet: Decodable {
        struct Result: Decodable {
            var verdict: String
            var points: Double
            var max: Double
            var right_answer: String
            var feedback: [String]
        }
        var paper: QuizPaper
        var results: [String: Result]?
    }

    let address: String
    let code: String
    let learner: String
    let quizID: String?

    func run(in session: Session) throws {
        let client: WorkshopClient
        do { client = try WorkshopClient(address: address) } catch { throw LabError.usage("quiz --join: \(error)") }
        let joined = try call(
            client, "POST", "/api/join", WorkshopClient.body(["code": code, "name": learner]), in: session
        ).decoded(Joined.self)
        guard let token = joined.session else { throw LabError("quiz --join: the server sent no session") }
        let open = joined.quizzes.filter { $0.state == "open" }
        guard let id = quizID ?? (open.count == 1 ? open[0].id : nil) else {
            throw LabError.usage(
                session.text(en: "quiz --join: name the quiz to take", ko: "quiz --join: 풀 퀴즈 이름을 주세요"),
                hint: joined.quizzes.map { "\($0.id) (\($0.state))" }.joined(separator: ", "))
        }
        let path = "/api/quiz/" + WorkshopClient.segment(id)
        let sheet = try call(client, "GET", path, token: token, in: session).decoded(Sheet.self)
        var runner = QuizRunner(session: session, quiz: QuizSession(quiz: try sheet.paper.makeQuiz()))
        guard try runner.run() == .finished else {
            session.console.print(
                session.text(en: "quiz stopped; nothing was handed in", ko: "퀴즈를 멈췄습니다. 아무것도 제출하지 않았습니다"))
            return
        }
        for outcome in runner.quiz.outcomes {
            guard let response = outcome.response else { continue }
            _ = try call(
                client, "PUT", path + "/answer/" + WorkshopClient.segment(outcome.questionID),
                WorkshopClient.body(response), token: token, in: session)
        }
        _ = try call(client, "POST", path + "/submit", token: token, in: session)
        session.console.print(
            session.text(
                en: "submitted to the workshop as \(UntrustedText.oneLine(learner))",
                ko: "\(UntrustedText.oneLine(learner)) 이름으로 워크숍에 제출했습니다"))
        show(try call(client, "GET", path, token: token, in: session).decoded(Sheet.self), in: session)
    }

    private func show(_ sheet: Sheet, in session: Session) {
        guard let results = sheet.results else {
            session.console.print(
                session.text(en: "results come when the instructor releases them", ko: "결과는 강사가 공개할 때 나옵니다"))
            return
        }
        for question in sheet.paper.questions {
            guard let result = results[question.id] else { continue }
            session.console.print(
                "\(UntrustedText.oneLine(question.id)): \(result.verdict) \(DecimalText.format(result.points))/\(DecimalText.format(result.max))"
                    + " · " + session.text(en: "right answer", ko: "정답") + ": "
                    + UntrustedText.oneLine(result.right_answer, limit: 300))
            for line in result.feedback {
                session.console.print("  " + session.markdownRenderer.renderInline(UntrustedText.multiLine(line)))
            }
        }
    }

    private func call(
        _ client: WorkshopClient, _ method: String, _ path: String, _ body: Data? = nil, token: String? = nil,
        in session: Session
    ) throws -> WorkshopClient.Reply {
        let reply: WorkshopClient.Reply
        do { reply = try runBlocking { try await client.send(method, path, json: body, token: token) } } catch {
            throw LabError(
                session.text(
                    en: "quiz --join: cannot reach \(UntrustedText.oneLine(address)) (\(error))",
                    ko: "quiz --join: \(UntrustedText.oneLine(address))에 연결할 수 없습니다 (\(error))"))
        }
        guard (200..<300).contains(reply.status) else {
            throw LabError(
                "quiz --join: " + UntrustedText.oneLine(reply.message(korean: session.language == .ko), limit: 300))
        }
        return reply
    }
}
