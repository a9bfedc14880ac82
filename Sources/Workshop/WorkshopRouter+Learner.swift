import FlyingFox
import Foundation
import Lessons

/// The learners' API: join, read a paper, answer, submit.
extension WorkshopRouter {
    private struct JoinRequest: Decodable {
        var code: String
        var name: String
        /// The session token of an earlier join under this name: rejoining with it resumes that session.
        var session: String?
    }

    /// The longest learner name kept, in characters.
    static let nameLimit = 60

    func join(_ request: HTTPRequest) async throws -> HTTPResponse {
        let body = try await RequestBody.json(JoinRequest.self, from: request)
        let code = body.code.trimmingCharacters(in: .whitespaces).uppercased()
        guard WorkshopSecret.same(code, workshop.code) else {
            throw Refusal(
                status: .forbidden, en: "wrong code; type the code shown on the instructor's screen",
                ko: "코드가 틀렸습니다. 강사 화면에 보이는 코드를 입력하세요")
        }
        let name = UntrustedText.oneLine(body.name, limit: Self.nameLimit)
        guard !name.isEmpty, UntrustedText.isInert(name) else {
            throw Refusal(
                status: .badRequest,
                en: "type your name (letters, digits and spaces; at most \(Self.nameLimit) characters)",
                ko: "이름을 입력하세요 (글자, 숫자, 공백; 최대 \(Self.nameLimit)자)")
        }
        if let given = body.session.map(Self.resumeKey), !given.isEmpty { return try resume(name, token: given) }
        let token = WorkshopSecret.token()
        guard try workshop.store.addLearner(name: name, tokenHash: WorkshopSecret.hash(token), at: workshop.timestamp)
        else {
            throw Refusal(
                status: .conflict,
                en:
                    "someone already joined as '\(name)'; if that was you, give your resume key, else add an initial to your name",
                ko: "'\(name)'(으)로 이미 참가한 사람이 있습니다. 본인이라면 이어서 풀기 키를 입력하고, 아니라면 이름에 이니셜을 덧붙이세요")
        }
        return WorkshopReply.json(try SessionView(learner: name, session: token, workshop: workshop))
    }

    /// Rejoins as `name` with the session `token` of the earlier join: the same session, answers and hand-ins.
    private func resume(_ name: String, token: String) throws -> HTTPResponse {
        guard let learner = try workshop.store.learner(tokenHash: WorkshopSecret.hash(token)),
            ShortAnswerMatcher.normalized(learner) == ShortAnswerMatcher.normalized(name)
        else {
            throw Refusal(
                status: .forbidden, en: "this resume key is not '\(name)''s; check the name and the key",
                ko: "'\(name)'의 이어서 풀기 키가 아닙니다. 이름과 키를 확인하세요")
        }
        return WorkshopReply.json(try SessionView(learner: learner, session: token, workshop: workshop))
    }

    /// A resume key as typed: spaces and dashes between its groups dropped, letters in lower case.
    static func resumeKey(_ typed: String) -> String {
        String(typed.lowercased().filter { !$0.isWhitespace && $0 != "-" }.prefix(64))
    }

    func session(_ request: HTTPRequest) async throws -> HTTPResponse {
        let learner = try requireLearner(request)
        return WorkshopReply.json(try SessionView(learner: learner, session: nil, workshop: workshop))
    }

    func paper(_ request: HTTPRequest, quiz id: String) async throws -> HTTPResponse {
        let learner = try requireLearner(request)
        guard let key = workshop.key(id) else { throw Refusal.noQuiz }
        return WorkshopReply.json(try PaperView(key: key, learner: learner, workshop: workshop))
    }

    func answer(_ request: HTTPRequest, quiz id: String, question questionID: String) async throws -> HTTPResponse {
        let learner = try requireLearner(request)
        guard let key = workshop.key(id) else { throw Refusal.noQuiz }
        guard let question = key.question(id: questionID), question.kind != .description else {
            throw Refusal(
                status: .notFound, en: "this quiz has no question '\(UntrustedText.oneLine(questionID))'",
                ko: "이 퀴즈에는 '\(UntrustedText.oneLine(questionID))' 문항이 없습니다")
        }
        let response = try await RequestBody.json(Response.self, from: request)
        guard question.accepts(response), Self.fits(response) else {
            throw Refusal(
                status: .unprocessableContent,
                en:
                    "question '\(question.id)' takes \(question.responseTypeName ?? "no answer"), not \(response.typeName) (or the answer is too long)",
                ko: "'\(question.id)' 문항의 답 형식이 맞지 않거나 답이 너무 깁니다")
        }
        try requireOpen(id)
        try await workshop.store.saveAnswer(
            learner: learner, quiz: id, question: question.id, response: response, at: workshop.timestamp)
        let result = try workshop.showsResults(id) ? ResultView(question: question, response: response) : nil
        return WorkshopReply.json(SavedView(saved: true, result: result))
    }

    func submit(_ request: HTTPRequest, quiz id: String) async throws -> HTTPResponse {
        let learner = try requireLearner(request)
        guard workshop.key(id) != nil else { throw Refusal.noQuiz }
        try requireOpen(id)
        let number = try await workshop.store.submit(learner: learner, quiz: id, at: workshop.timestamp)
        return WorkshopReply.json(["submission": number])
    }

    /// Clears the learner's current answers to quiz `id` (hand-ins stay): in practice mode, while the quiz is open.
    func reset(_ request: HTTPRequest, quiz id: String) async throws -> HTTPResponse {
        let learner = try requireLearner(request)
        guard workshop.key(id) != nil else { throw Refusal.noQuiz }
        try requireOpen(id)
        guard workshop.mode == .practice else {
            throw Refusal(
                status: .forbidden, en: "in exam mode answers can be changed one by one, not cleared all at once",
                ko: "시험 모드에서는 답을 하나씩 바꿀 수 있을 뿐, 한꺼번에 지울 수는 없습니다")
        }
        let cleared = try await workshop.store.clearAnswers(learner: learner, quiz: id)
        return WorkshopReply.json(["cleared": cleared])
    }

    private func requireOpen(_ id: String) throws {
        guard try workshop.state(id) == .open else {
            throw Refusal(
                status: .conflict, en: "this quiz is closed: answers can no longer be changed",
                ko: "이 퀴즈는 닫혔습니다. 더 이상 답을 바꿀 수 없습니다")
        }
    }

    /// Whether a response is small enough to keep: texts within `UntrustedText.multiLineLimit`, at most 100 items.
    static func fits(_ response: Response) -> Bool {
        let limit = UntrustedText.multiLineLimit
        switch response {
        case .text(let text): return text.count <= limit
        case .texts(let texts): return texts.count <= 100 && texts.allSatisfy { $0.count <= limit }
        case .pairs(let pairs):
            return pairs.count <= 100 && pairs.allSatisfy { $0.key.count <= limit && $0.value.count <= limit }
        case .bool: return true
        case .number(let value): return value.isFinite
        }
    }
}
