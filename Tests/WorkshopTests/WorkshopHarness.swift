import FlyingFox
import Foundation
import LabText
import Lessons

@testable import Workshop

/// A workshop on a temporary store, driven through its router with real HTTP requests and responses.
final class WorkshopHarness {
    /// A quiz with every question type; the feedback texts are key-only secrets the tests look for.
    static let quizText = """
        ::intro:: Answer every question.

        ::pick:: Which layer caches? {=CDN#SECRET-right-choice ~Disk#SECRET-wrong-choice ~Queue}

        ::many:: Which are stateless? {~%50%web ~%50%api ~%-100%database}

        ::tf:: Replication removes every outage. {F#SECRET-tf-wrong#SECRET-tf-right}

        ::short:: Name the eviction policy. {=LRU =least recently used}

        ::number:: How many nines in 99.9%? {#3:0}

        ::match:: Match them. {=cache -> fast =disk -> durable =queue -> decoupled}

        ::essay:: Explain one trade-off. {####SECRET-general-feedback}
        """

    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    let folder: String
    let workshop: Workshop
    let router: WorkshopRouter
    var clock = 0.0

    init(mode: WorkshopMode = .practice, quiz: String = quizText) throws {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("workshop-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(quiz.utf8).write(to: URL(fileURLWithPath: folder + "/week1.gift"))
        workshop = try Workshop(
            store: try WorkshopStore(path: folder + "/store.sqlite"), keyPaths: [folder + "/week1.gift"], mode: mode,
            now: { Date(timeIntervalSince1970: 1_764_547_200) })
        router = WorkshopRouter(workshop: workshop, uptime: { 0 })
    }

    /// Removes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Sends a request with raw body bytes.
    func send(
        _ method: HTTPMethod, _ path: String, bytes: Data? = nil, token: String? = nil, address: String = "10.0.0.1"
    ) async -> Reply {
        var headers = HTTPHeaders()
        if let token { headers[.authorization] = "Bearer \(token)" }
        let (path, query) = Self.split(path)
        var request = HTTPRequest(
            method: method, version: .http11, path: path, query: query, headers: headers,
            body: HTTPBodySequence(data: bytes ?? Data()))
        request.remoteAddress = .ip4(address, port: 40_000)
        let response = await router.handleRequest(request)
        return Reply(
            status: response.statusCode.code, headers: response.headers, body: (try? await response.bodyData) ?? Data())
    }

    /// Sends a request with `body` encoded as JSON.
    func send<Body: Encodable>(_ method: HTTPMethod, _ path: String, json body: Body, token: String? = nil) async
        -> Reply
    {
        await send(method, path, bytes: try? JSONEncoder().encode(body), token: token)
    }

    /// Joins as `name` and returns the session token.
    func join(_ name: String) async throws -> String {
        let reply = await send(.POST, "/api/join", json: ["code": workshop.code, "name": name])
        guard let token = reply.json["session"] as? String else {
            throw WorkshopError(Localized(verbatim: "join failed: \(reply.status) \(reply.text)"))
        }
        return token
    }

    /// Answers one question of week1.
    func answer(_ question: String, _ response: Response, token: String) async -> Reply {
        await send(.PUT, "/api/quiz/week1/answer/\(question)", json: response, token: token)
    }

    /// A right answer to every question of week1.
    static let rightAnswers: [(String, Response)] = [
        ("pick", .text("CDN")), ("many", .texts(["web", "api"])), ("tf", .bool(false)), ("short", .text("lru")),
        ("number", .number(3)), ("match", .pairs(["cache": "fast", "disk": "durable", "queue": "decoupled"])),
        ("essay", .text("Caches trade freshness for speed."))
    ]

    private static func split(_ target: String) -> (String, [HTTPRequest.QueryItem]) {
        guard let mark = target.firstIndex(of: "?") else { return (target, []) }
        let items = target[target.index(after: mark)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return HTTPRequest.QueryItem(name: parts[0], value: parts.count > 1 ? parts[1] : "")
        }
        return (String(target[..<mark]), items)
    }
}
