import FlyingSocks
import LabText

/// How long a request keeps trying to connect. FlyingFox times each connection attempt at a fixed
/// 5 s, measured on the task pool: on a loaded machine the pool can be too busy for 5 s to look at a
/// connection the kernel made at once. An attempt that timed out is tried again until `total` has
/// passed; any other failure (a refused connection: no server there) ends it at once.
package struct ConnectDeadline: Sendable {
    /// The time all attempts together may take.
    package var total: Duration

    /// A deadline of `total` for all attempts together.
    package init(total: Duration) {
        self.total = total
    }

    /// Runs `attempt` until it does not time out, or `total` has passed.
    /// - Throws: what `attempt` throws other than a timeout; `WorkshopError` once `total` has passed.
    package func run<Value>(_ attempt: () async throws -> Value) async throws -> Value {
        let clock = ContinuousClock()
        let end = clock.now + total
        while true {
            do {
                return try await attempt()
            } catch SocketError.timeout {
                // NB: FlyingFox times only the connection, so nothing was sent: trying again cannot send twice.
                guard clock.now < end else { break }
            }
        }
        let seconds = total.components.seconds
        throw WorkshopError(
            Localized(
                en: "no answer within \(seconds) s; check the address and that the computer is on this network",
                ko: "\(seconds)초 안에 응답이 없습니다. 주소와 같은 네트워크에 있는지 확인하세요"))
    }
}
