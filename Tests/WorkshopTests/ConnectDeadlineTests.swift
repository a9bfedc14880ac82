import FlyingSocks
import Foundation
import Testing
import Workshop

@Suite struct ConnectDeadlineTests {
    private static let timedOut = SocketError.timeout(
        message: "Task timed out before completion. Timeout: 5.0 seconds.")

    @Test("a connection attempt that timed out is tried again, and the first that gets through answers")
    func retriesTimeouts() async throws {
        var attempts = 0
        let value = try await ConnectDeadline(total: .seconds(10)).run {
            attempts += 1
            if attempts < 3 { throw Self.timedOut }
            return "answered"
        }
        #expect(value == "answered" && attempts == 3)
    }

    @Test("attempts that keep timing out end at the deadline with words, not FlyingFox's 5 s message")
    func endsAtTheDeadline() async throws {
        let started = ContinuousClock.now
        let error = await #expect(throws: WorkshopError.self) {
            try await ConnectDeadline(total: .seconds(1)).run { () async throws -> Int in
                try await Task.sleep(for: .milliseconds(200))
                throw Self.timedOut
            }
        }
        #expect(ContinuousClock.now - started >= .seconds(1))
        #expect(
            error?.message.en == "no answer within 1 s; check the address and that the computer is on this network")
    }

    @Test("a server that is down is said at once: a refused connection is not tried again")
    func refusedFailsFast() async throws {
        let unused = try Self.boundPort()
        defer { try? unused.socket.close() }
        let client = try WorkshopClient(address: "127.0.0.1:\(unused.port)")
        let started = ContinuousClock.now
        // NB: FlyingFox reports the refusal (the peer's reset) as a disconnection.
        await #expect(throws: SocketError.disconnected) { try await client.send("GET", "/api/session") }
        // NB: a loose bound (a loaded machine is slow to run any task), yet half the 20 s a retried refusal would take.
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    /// A local port nothing listens on: bound (so no other test takes it meanwhile), never listening.
    private static func boundPort() throws -> (socket: Socket, port: UInt16) {
        let socket = try Socket(domain: AF_INET, type: .stream)
        try socket.bind(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0))
        guard case .ip4(_, let port) = try socket.sockname() else { throw SocketError.disconnected }
        return (socket, port)
    }
}
