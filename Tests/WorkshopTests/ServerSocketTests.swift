import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct ServerSocketTests {
    @Test("the server binds the address asked for, serves learners over a real socket, and stops when told")
    func realSocket() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let seen = Listened()
        let code = harness.workshop.code
        try await WorkshopServer.serve(
            harness.workshop, bind: "127.0.0.1", port: 0, ready: { seen.set($0) },
            stop: {
                guard let listening = seen.get(), let client = try? WorkshopClient(address: listening.base) else {
                    return
                }
                let joined = try? await client.send(
                    "POST", "/api/join", json: WorkshopClient.body(["code": code, "name": "Mina"]))
                seen.record(joined?.status ?? 0)
                let page = try? await client.send("GET", "/")
                seen.record(page?.status ?? 0)
            })
        #expect(seen.get()?.host == "127.0.0.1")
        #expect(seen.get()?.port ?? 0 > 0)
        #expect(seen.statuses == [200, 200])
        #expect(try harness.workshop.store.learners().map(\.name) == ["Mina"])
    }

    @Test("a bind address that is not an IP address is refused with the fix")
    func badBind() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        await #expect(throws: WorkshopError.self) {
            try await WorkshopServer.serve(harness.workshop, bind: "my-laptop", port: 0, ready: { _ in }, stop: {})
        }
    }
}

private final class Listened: @unchecked Sendable {
    private let lock = NSLock()
    private var listening: WorkshopServer.Listening?
    private var recorded: [Int] = []

    func set(_ value: WorkshopServer.Listening) { lock.withLock { listening = value } }
    func get() -> WorkshopServer.Listening? { lock.withLock { listening } }
    func record(_ status: Int) { lock.withLock { recorded.append(status) } }
    var statuses: [Int] { lock.withLock { recorded } }
}
