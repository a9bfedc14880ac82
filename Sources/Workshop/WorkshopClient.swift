import FlyingFox
import FlyingSocks
import Foundation
import LabText

/// A small HTTP client for a workshop server: `quiz --join` and the load benchmark use it.
package struct WorkshopClient: Sendable {
    /// A reply: the status code and the body.
    package struct Reply: Sendable {
        package var status: Int
        package var body: Data

        /// The body as JSON of type `Value`.
        package func decoded<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try JSONDecoder().decode(Value.self, from: body)
        }

        /// The English (or Korean) message of an error reply, else the status.
        package func message(korean: Bool = false) -> String {
            let error = try? JSONDecoder().decode([String: [String: String]].self, from: body)["error"]
            return error?[korean ? "ko" : "en"] ?? "HTTP \(status)"
        }
    }

    let host: String
    let port: UInt16
    /// How often to try connecting on a busy machine (see `ConnectAttempts`): 20 s for a host that never answers.
    static let connectAttempts = ConnectAttempts(count: 4)

    /// A client for `address`: `http://IP:PORT`, `IP:PORT` or `localhost:PORT`.
    package init(address: String) throws {
        var rest = Substring(address.trimmingCharacters(in: .whitespaces))
        if rest.hasPrefix("http://") { rest = rest.dropFirst("http://".count) }
        rest = rest.prefix { $0 != "/" && $0 != "?" }
        guard let colon = rest.lastIndex(of: ":"), let port = UInt16(rest[rest.index(after: colon)...]) else {
            throw WorkshopError(
                Localized(
                    en: "\(address): give the address the instructor shows, such as http://192.168.0.5:8765",
                    ko: "'\(address)': 강사가 보여 주는 주소를 주세요. 예: http://192.168.0.5:8765"))
        }
        let host = String(rest[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        self.host = host == "localhost" ? "127.0.0.1" : host
        self.port = port
    }

    /// Sends `method path` with a JSON `body` and `Authorization: Bearer token`.
    package func send(_ method: String, _ path: String, json body: Data? = nil, token: String? = nil) async throws
        -> Reply
    {
        var headers = HTTPHeaders()
        headers[.host] = "\(host):\(port)"
        headers[.connection] = "close"
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil { headers[.contentType] = "application/json" }
        let request = HTTPRequest(
            method: HTTPMethod(method), version: .http11, path: path, query: [], headers: headers,
            body: HTTPBodySequence(data: body ?? Data()))
        return try await Self.connectAttempts.run {
            var client = HTTPClient()
            let response: HTTPResponse
            if host.contains(":") {
                response = try await client.sendHTTPRequest(request, to: try sockaddr_in6.inet6(ip6: host, port: port))
            } else {
                response = try await client.sendHTTPRequest(request, to: try sockaddr_in.inet(ip4: host, port: port))
            }
            return Reply(status: response.statusCode.code, body: try await response.bodyData)
        }
    }

    /// `value` as a JSON body.
    package static func body<Value: Encodable>(_ value: Value) -> Data {
        (try? JSONEncoder().encode(value)) ?? Data()
    }

    /// `text` escaped for a path segment.
    package static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
