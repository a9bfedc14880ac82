import FlyingSocks
import LabText

/// How often a request tries to connect. FlyingFox times each connection attempt at a fixed 5 s,
/// measured on the task pool: on a loaded machine the pool can be too busy for that long to look
/// at a connection the kernel made at once. An attempt that timed out is tried again, up to
/// `count` in all (counted, not timed, since the same starved pool would run a clock out too);
/// any other failure (a refused connection: no server there) ends it at once.
package struct ConnectAttempts: Sendable {
    /// The most attempts.
    package var count: Int

    /// At most `count` attempts.
    package init(count: Int) {
        self.count = count
    }

    /// Runs `attempt` until it does not time out, at most `count` times.
    /// - Throws: what `attempt` throws other than a timeout; `WorkshopError` when every attempt timed out.
    package func run<Value>(_ attempt: () async throws -> Value) async throws -> Value {
        for _ in 0..<count {
            do {
                return try await attempt()
            } catch SocketError.timeout {
                // NB: FlyingFox times only the connection, so nothing was sent: trying again cannot send twice.
                continue
            }
        }
        throw WorkshopError(
            Localized(
                en:
                    "no answer to \(count) tries of 5 s each; check the address and that the computer is on this network",
                ko: "5초씩 \(count)번 시도했지만 응답이 없습니다. 주소와 같은 네트워크에 있는지 확인하세요"))
    }
}
