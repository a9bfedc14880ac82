import FlyingSocks
import Foundation
import Testing
import Workshop

@Suite struct ConnectAttemptsTests {
    private static let timedOut = SocketError.timeout(
        message: "Task timed out before completion. Timeout: 5.0 seconds.")

    @Test("a connection attempt that timed out is tried again, and the first that gets through answers")
    func retriesTimeouts() async throws {
        var attempts = 0
        let value = try await ConnectAttempts(count: 4).run {
            attempts += 1
            if attempts < 3 { throw Self.timedOut }
            return "answered"
        }
        #expect(value == "answered" && attempts == 3)
    }

    @Test("attempts that all time out end after the last with words, not FlyingFox's 5 s message")
    func endsAfterTheLast() async throws {
        var attempts = 0
        let error = await #expect(throws: WorkshopError.self) {
            try await ConnectAttempts(count: 4).run { () async throws -> Int in
                attempts += 1
                throw Self.timedOut
            }
        }
        #expect(attempts == 4)
        #expect(
            error?.message.en
                == "no answer to 4 tries of 5 s each; check the address and that the computer is on this network")
    }

    @Test("a server that is down is said at once: a refused connection is not tried again")
    func refusedOnce() async throws {
        var attempts = 0
        await #expect(throws: SocketError.disconnected) {
            try await ConnectAttempts(count: 4).run { () async throws -> Int in
                attempts += 1
                throw SocketError.disconnected
            }
        }
        #expect(attempts == 1)
        let unused = try Self.boundPort()
        defer { try? unused.socket.close() }
        let client = try WorkshopClient(address: "127.0.0.1:\(unused.port)")
        // NB: FlyingFox reports the refusal (the peer's reset) as a disconnection. No bound on the time:
        // the whole suite can keep the task pool busy for tens of seconds.
        await #expect(throws: SocketError.disconnected) { try await client.send("GET", "/api/session") }
    }

    /// A local port nothing listens on: bound (so no other test takes it meanwhile), never listening.
    private static func boundPort() throws -> (socket: Socket, port: UInt16) {
        let socket = try Socket(domain: AF_INET, type: .stream)
        try socket.bind(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0))
        guard case .ip4(_, let port) = try socket.sockname() else { throw SocketError.disconnected }
        return (socket, port)
    }
}
