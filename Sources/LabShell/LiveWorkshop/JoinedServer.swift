import Foundation
import LabText
import Lessons
import Workshop

/// The workshop server as `quiz --join` talks to it: each request blocking, each failure a clear error.
struct JoinedServer {
    let address: String
    let client: WorkshopClient

    /// Sends one request; a refusal or an unreachable server becomes an error naming the address or the reason.
    func call(
        _ method: String, _ path: String, _ body: Data? = nil, token: String? = nil, in session: Session
    ) throws -> WorkshopClient.Reply {
        let reply: WorkshopClient.Reply
        let client = client
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

    /// Saves one answer on the server the moment it is given; false (with a note) when the server did not take it.
    func send(_ id: String, _ response: Response, path: String, token: String, in session: Session) -> Bool {
        do {
            _ = try call(
                "PUT", path + "/answer/" + WorkshopClient.segment(id), WorkshopClient.body(response), token: token,
                in: session)
            return true
        } catch {
            session.printWrapped(
                session.text(
                    en: "  not saved on the server yet (\(error)); it is sent again when you hand in",
                    ko: "  아직 서버에 저장하지 못했습니다 (\(error)). 제출할 때 다시 보냅니다"))
            return false
        }
    }
}

/// A paper as the server sends it: the questions, this learner's answers so far, and results when allowed.
struct JoinedSheet: Decodable {
    struct Result: Decodable {
        var verdict: String
        var points: Double
        var max: Double
        var right_answer: String
        var feedback: [String]
    }
    var paper: QuizPaper
    var answers: [String: Response]
    var results: [String: Result]?

    /// The paper with `[html]` question text turned into the Markdown the terminal renders.
    var terminalPaper: QuizPaper {
        var paper = paper
        for index in paper.questions.indices where paper.questions[index].format == .html {
            paper.questions[index].text = QuestionHTML.markdown(paper.questions[index].text)
            paper.questions[index].format = .markdown
        }
        return paper
    }

    /// Prints the results, or that they come when the instructor releases them.
    func show(in session: Session) {
        guard let results else {
            session.printWrapped(
                session.text(en: "results come when the instructor releases them", ko: "결과는 강사가 공개할 때 나옵니다"))
            return
        }
        for question in paper.questions {
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
}
