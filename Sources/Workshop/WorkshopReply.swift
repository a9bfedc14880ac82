import FlyingFox
import Foundation
import Lessons

/// Responses with the workshop's security headers on every one of them.
enum WorkshopReply {
    /// No outside origin, no inline script or style, no framing, no plugins.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// A response with `body` of `type`, never cached (papers and answers are personal).
    static func make(_ status: HTTPStatusCode, type: String, body: Data) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("Content-Security-Policy")] = contentSecurityPolicy
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[HTTPHeader("X-Frame-Options")] = "DENY"
        headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        headers[HTTPHeader("Cross-Origin-Resource-Policy")] = "same-origin"
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    /// `value` as JSON (sorted keys, terminal controls escaped).
    static func json<Value: Encodable>(_ value: Value, status: HTTPStatusCode = .ok) -> HTTPResponse {
        make(status, type: "application/json; charset=utf-8", body: InertJSON.encode(value))
    }

    /// An error in both languages: `{"error": {"en": ..., "ko": ...}}`.
    static func error(_ status: HTTPStatusCode, en: String, ko: String) -> HTTPResponse {
        json(["error": ["en": en, "ko": ko]], status: status)
    }
}

/// A request refused, with its status and the reason in both languages.
struct Refusal: Error {
    var status: HTTPStatusCode
    var en: String
    var ko: String

    var response: HTTPResponse { WorkshopReply.error(status, en: en, ko: ko) }

    static let noSession = Refusal(
        status: .unauthorized, en: "join first: your session is missing or has expired",
        ko: "먼저 참가하세요: 세션이 없거나 만료되었습니다")
    static let noToken = Refusal(
        status: .unauthorized, en: "the instructor's token is missing or wrong",
        ko: "강사 토큰이 없거나 틀렸습니다")
    static let noQuiz = Refusal(status: .notFound, en: "no such quiz in this workshop", ko: "이 워크숍에 그런 퀴즈가 없습니다")
}
