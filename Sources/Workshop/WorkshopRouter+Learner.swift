import FlyingFox
import Foundation
import Lessons

/// The learners' API: join, read a paper, answer, submit.
extension WorkshopRouter {
    private struct JoinRequest: Decodable {
        var code: String
        var name: String
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
        let token = WorkshopSecret.token()
        guard try workshop.store.addLearner(name: name, tokenHash: WorkshopSecret.hash(token), at: workshop.timestamp)
        else {
            throw Refusal(
                status: .conflict, en: "someone already joined as '\(name)'; add an initial or a number to your name",
                ko: "'\(name)'(으)로 이미 참가한 사람이 있습니다. 이름에 이니셜이나 숫자를 덧붙이세요")
        }
        return WorkshopReply.json(try SessionView(learner: name, session: token, workshop: workshop))
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
