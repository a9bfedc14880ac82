import FlyingFox
import Foundation

/// Reading a request's body within limits: a declared length no larger than `limit`, valid UTF-8, the JSON asked for.
enum RequestBody {
    /// The largest body read: an essay of a few thousand characters fits with room to spare.
    static let limit = 32 * 1024

    /// The body as UTF-8 text; refuses a body without a length, one over `limit`, or bytes that are not UTF-8.
    static func text(_ request: HTTPRequest, limit: Int = limit) async throws -> String {
        guard let count = request.bodySequence.count else {
            throw Refusal(
                status: .lengthRequired, en: "send the body with a Content-Length", ko: "본문은 Content-Length와 함께 보내세요")
        }
        guard count <= limit else {
            throw Refusal(
                status: .payloadTooLarge, en: "the request is larger than \(limit) bytes; shorten the answer",
                ko: "요청이 \(limit)바이트보다 큽니다. 답을 줄이세요")
        }
        guard let text = String(validating: try await request.bodyData, as: UTF8.self) else {
            throw Refusal(status: .badRequest, en: "the body is not valid UTF-8 text", ko: "본문이 올바른 UTF-8 텍스트가 아닙니다")
        }
        return text
    }

    /// The body decoded as JSON of type `Value`.
    static func json<Value: Decodable>(_ type: Value.Type, from request: HTTPRequest) async throws -> Value {
        let text = try await text(request)
        do { return try JSONDecoder().decode(Value.self, from: Data(text.utf8)) } catch {
            throw Refusal(
                status: .badRequest, en: "the body is not the JSON this route takes", ko: "본문이 이 경로가 받는 JSON이 아닙니다")
        }
    }
}
