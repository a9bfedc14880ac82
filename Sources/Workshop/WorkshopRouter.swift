import FlyingFox
import Foundation

/// Every route of the workshop: the learners' page and API, the dashboard and the instructor's controls.
package struct WorkshopRouter: HTTPHandler {
    let workshop: Workshop
    /// Per client address, if limited: generous, since a classroom behind one router shares an address.
    let perAddress: RateLimiter?
    /// Per session token or instructor token: a person answering by hand needs far less.
    let perSession = RateLimiter(perSecond: 20, burst: 60)
    /// A steady clock in seconds for the rate limits.
    let uptime: @Sendable () -> Double

    /// A router for `workshop`; `limitsAddresses` false lifts the per-address limit (the load benchmark is one address).
    package init(
        workshop: Workshop, limitsAddresses: Bool = true,
        uptime: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
    ) {
        self.workshop = workshop
        perAddress = limitsAddresses ? RateLimiter(perSecond: 200, burst: 2_000) : nil
        self.uptime = uptime
    }

    package func handleRequest(_ request: HTTPRequest) async -> HTTPResponse {
        do {
            try await checkRate(request)
            return try await route(request)
        } catch let refusal as Refusal {
            return refusal.response
        } catch {
            return WorkshopReply.error(
                .internalServerError, en: "the server could not do that; try again", ko: "서버가 처리하지 못했습니다. 다시 시도하세요")
        }
    }

    private func checkRate(_ request: HTTPRequest) async throws {
        let now = uptime()
        let address =
            request.remoteAddress.map { "\($0)".split(separator: ",").first.map(String.init) ?? "" } ?? "local"
        var allowed = await perAddress?.allow(address, now: now) ?? true
        if allowed, let bearer = Self.bearer(request) {
            allowed = await perSession.allow(WorkshopSecret.hash(bearer), now: now)
        }
        guard allowed else {
            throw Refusal(status: .tooManyRequests, en: "too many requests; wait a moment", ko: "요청이 너무 많습니다. 잠시 기다리세요")
        }
    }

    private func route(_ request: HTTPRequest) async throws -> HTTPResponse {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.first != "api" { return try StaticFiles.response(for: parts, method: request.method) }
        let api = Array(parts.dropFirst())
        func at(_ method: HTTPMethod, _ pattern: String...) -> [String]? {
            Self.match(api, pattern, method: method, given: request.method)
        }
        if at(.POST, "join") != nil { return try await join(request) }
        if at(.GET, "session") != nil { return try await session(request) }
        if let found = at(.GET, "quiz", "*") { return try await paper(request, quiz: found[0]) }
        if let found = at(.PUT, "quiz", "*", "answer", "*") {
            return try await answer(request, quiz: found[0], question: found[1])
        }
        if let found = at(.POST, "quiz", "*", "submit") { return try await submit(request, quiz: found[0]) }
        if let found = at(.DELETE, "quiz", "*", "answers") { return try await reset(request, quiz: found[0]) }
        if let found = at(.POST, "quiz", "*", "state") { return try await control(request, quiz: found[0]) }
        if at(.GET, "dashboard") != nil { return try await dashboard(request) }
        if let found = at(.GET, "export", "*") { return try await export(request, quiz: found[0]) }
        throw Refusal(status: .notFound, en: "no such page or method", ko: "그런 페이지나 메서드가 없습니다")
    }

    /// The token of `Authorization: Bearer TOKEN`, if given.
    static func bearer(_ request: HTTPRequest) -> String? {
        guard let value = request.headers[.authorization], value.hasPrefix("Bearer ") else { return nil }
        return String(value.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
    }

    /// Refuses a request that does not carry the instructor's token.
    func requireInstructor(_ request: HTTPRequest) throws {
        guard let given = Self.bearer(request), WorkshopSecret.same(given, workshop.dashboardToken) else {
            throw Refusal.noToken
        }
    }

    /// The learner whose session token the request carries.
    func requireLearner(_ request: HTTPRequest) throws -> String {
        guard let given = Self.bearer(request),
            let name = try workshop.store.learner(tokenHash: WorkshopSecret.hash(given))
        else {
            throw Refusal.noSession
        }
        return name
    }
}

extension WorkshopRouter {
    /// The segments `*` stands for when `parts` matches `pattern` and the methods agree, else nil.
    static func match(_ parts: [String], _ pattern: [String], method: HTTPMethod, given: HTTPMethod) -> [String]? {
        guard method == given, parts.count == pattern.count else { return nil }
        var found: [String] = []
        for (part, expected) in zip(parts, pattern) {
            if expected == "*" { found.append(part) } else if part != expected { return nil }
        }
        return found
    }
}
