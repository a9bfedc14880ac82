import Foundation
import Lessons
import Workshop

/// `quiz --join ADDRESS --code CODE --learner NAME [--session KEY] [--reset] [QUIZ]`: the REPL quiz flow against a
/// workshop server.
///
/// The server's paper (choices in this learner's order, no answers) is asked question by question like a paper
/// file; each answer is sent the moment it is given, as the browser does, so a laptop that dies keeps them.
/// Rejoining with the same name and `--session KEY` resumes after the answers already on the server.
struct JoinedQuiz {
    private struct Joined: Decodable {
        struct Entry: Decodable {
            var id: String
            var state: String
        }
        var session: String?
        var quizzes: [Entry]
    }

    let address: String
    let code: String
    let learner: String
    let quizID: String?
    /// The resume key of an earlier join under this name.
    let resumeKey: String?
    /// Clear the answers on the server before starting (practice mode only).
    let reset: Bool

    func run(in session: Session) throws {
        let server: JoinedServer
        do { server = JoinedServer(address: address, client: try WorkshopClient(address: address)) } catch let error
            as WorkshopError
        {
            throw LabError.usage("quiz --join: " + error.message.text(session.language))
        }
        var request = ["code": code, "name": learner]
        request["session"] = resumeKey
        let joined = try server.call("POST", "/api/join", WorkshopClient.body(request), in: session).decoded(
            Joined.self)
        guard let token = joined.session else {
            throw LabError(
                session.text(
                    en: "quiz --join: the server sent no session", ko: "quiz --join: 서버가 세션을 보내지 않았습니다"))
        }
        if resumeKey == nil { session.console.print(resumeHint(token, in: session)) }
        let open = joined.quizzes.filter { $0.state == "open" }
        guard let id = quizID ?? (open.count == 1 ? open[0].id : nil) else {
            throw LabError.usage(
                session.text(en: "quiz --join: name the quiz to take", ko: "quiz --join: 풀 퀴즈 이름을 주세요"),
                hint: joined.quizzes.map { "\($0.id) (\($0.state))" }.joined(separator: ", "))
        }
        let path = "/api/quiz/" + WorkshopClient.segment(id)
        if reset { _ = try server.call("DELETE", path + "/answers", token: token, in: session) }
        try take(path, server: server, token: token, in: session)
    }

    /// Asks the paper at `path`, sending each answer as it comes, then hands it in and shows what the server allows.
    private func take(_ path: String, server: JoinedServer, token: String, in session: Session) throws {
        let sheet = try server.call("GET", path, token: token, in: session).decoded(JoinedSheet.self)
        var quiz = QuizSession(quiz: try sheet.terminalPaper.makeQuiz())
        quiz.resume(sheet.answers)
        if !quiz.outcomes.isEmpty {
            session.printWrapped(
                session.text(
                    en: "resuming: \(quiz.outcomes.count) answer(s) are already on the server",
                    ko: "이어서 풉니다: 답 \(quiz.outcomes.count)개가 이미 서버에 있습니다"))
        }
        var runner = QuizRunner(session: session, quiz: quiz)
        let unsent = UnsentAnswers()
        runner.afterAnswer = { outcome in
            guard let response = outcome.response else { return }
            if !server.send(outcome.questionID, response, path: path, token: token, in: session) {
                unsent.keep(outcome.questionID)
            }
        }
        guard try runner.run() == .finished else {
            session.console.print(stoppedNote(token, answered: runner.quiz.outcomes.count, in: session))
            return
        }
        for outcome in runner.quiz.outcomes where unsent.contains(outcome.questionID) {
            guard let response = outcome.response else { continue }
            _ = try server.call(
                "PUT", path + "/answer/" + WorkshopClient.segment(outcome.questionID), WorkshopClient.body(response),
                token: token, in: session)
        }
        _ = try server.call("POST", path + "/submit", token: token, in: session)
        session.printWrapped(
            session.text(
                en: "submitted to the workshop as \(UntrustedText.oneLine(learner))",
                ko: "\(UntrustedText.oneLine(learner)) 이름으로 워크숍에 제출했습니다"))
        try server.call("GET", path, token: token, in: session).decoded(JoinedSheet.self).show(in: session)
    }

    /// How to come back after a crash: the resume key and the command.
    private func resumeHint(_ token: String, in session: Session) -> String {
        let again =
            "quiz --join \(UntrustedText.oneLine(address)) --code \(UntrustedText.oneLine(code)) "
            + "--learner \"\(UntrustedText.oneLine(learner))\" --session \(token)"
        return session.text(
            en: "your resume key: \(token)\n  if this computer stops, go on with: \(again)",
            ko: "이어 풀기 키: \(token)\n  이 컴퓨터가 멈추면 이렇게 이어서 푸세요: \(again)")
    }

    private func stoppedNote(_ token: String, answered: Int, in session: Session) -> String {
        session.text(
            en: "quiz stopped; your \(answered) answer(s) are saved on the server, not handed in; "
                + "rejoin with --session \(token) to go on",
            ko: "퀴즈를 멈췄습니다. 답 \(answered)개는 서버에 저장되었고 아직 제출되지 않았습니다. "
                + "--session \(token)로 다시 참가하면 이어서 풉니다")
    }
}

/// The ids of answers the server did not take when they were given; they are sent again before handing in.
private final class UnsentAnswers {
    private var ids: Set<String> = []

    func keep(_ id: String) { ids.insert(id) }
    func contains(_ id: String) -> Bool { ids.contains(id) }
}
