import FlyingFox
import FlyingSocks
import Foundation
import LabText

/// Serves a workshop over HTTP until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly.
package enum WorkshopServer {
    /// Where the server listens once it is up.
    package struct Listening: Sendable {
        /// The address learners type: the bound one, or this machine's first network address when bound to all.
        package var host: String
        package var port: UInt16

        package var base: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }
    }

    /// Binds `bind:port` (port 0 picks a free one), calls `ready`, and serves until a signal or `stop` returns.
    package static func serve(
        _ workshop: Workshop, bind: String, port: UInt16,
        limitsAddresses: Bool = true, ready: @Sendable (Listening) -> Void,
        stop: @escaping @Sendable () async -> Void = waitForSignal
    ) async throws {
        let address: any SocketAddress
        do {
            address =
                bind.contains(":")
                ? try sockaddr_in6.inet6(ip6: bind, port: port) : try sockaddr_in.inet(ip4: bind, port: port)
        } catch {
            throw WorkshopError(
                Localized(
                    en:
                        "--bind \(bind): not an IP address; give one such as 127.0.0.1 (this machine only) or 0.0.0.0 (the whole network)",
                    ko: "--bind \(bind): IP 주소가 아닙니다. 127.0.0.1(이 컴퓨터만)이나 0.0.0.0(네트워크 전체) 같은 주소를 주세요"))
        }
        let server = HTTPServer(
            address: address, timeout: 30, logger: .disabled,
            handler: WorkshopRouter(workshop: workshop, limitsAddresses: limitsAddresses))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            try await server.waitUntilListening(timeout: 10)
            var bound = port
            if case .ip4(_, let actual)? = await server.listeningAddress { bound = actual }
            if case .ip6(_, let actual)? = await server.listeningAddress { bound = actual }
            ready(Listening(host: publicHost(bind), port: bound))
            await stop()
            await server.stop(timeout: 2)
            group.cancelAll()
        }
    }

    /// Returns when the process gets SIGINT or SIGTERM (which no longer end it at once).
    @Sendable package static func waitForSignal() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = SignalOnce(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { once.fire() }
                source.resume()
                once.keep(source)
            }
        }
    }

    /// The host to print: `bind` itself, or for 0.0.0.0 this machine's first non-loopback IPv4 address.
    static func publicHost(_ bind: String) -> String {
        guard bind == "0.0.0.0" else { return bind }
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return bind }
        defer { freeifaddrs(list) }
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else {
                continue
            }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            let ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer -> String in
                var raw = pointer.pointee.sin_addr
                return String(cString: inet_ntop(AF_INET, &raw, &text, socklen_t(INET_ADDRSTRLEN)))
            }
            if !ip.hasPrefix("127.") { return ip }
        }
        return bind
    }
}

/// Resumes a continuation on the first signal only, and keeps the signal sources alive until then.
private final class SignalOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Void, Never>) {
        self.continuation = continuation
    }

    func keep(_ source: any DispatchSourceSignal) {
        lock.withLock { sources.append(source) }
    }

    func fire() {
        let waiting = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            defer {
                continuation = nil
                sources.forEach { $0.cancel() }
            }
            return continuation
        }
        waiting?.resume()
    }
}
