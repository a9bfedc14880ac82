import FlyingSocks
import Foundation
import Testing
import Workshop

/// MEASURING ONLY (removed before the branch ends): how late the task pool lets async work run
/// while the rest of the suite runs. Prints, asserts nothing.
@Suite struct PoolProbeTests {
    /// Seconds since this test process started (/proc/self/stat field 22 against /proc/uptime).
    static func processAge() -> Double {
        let stat = (try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8)) ?? ""
        let fields = stat[stat.lastIndex(of: ")")!...].split(separator: " ")
        let startTicks = Double(fields[20]) ?? 0
        let uptime =
            Double(((try? String(contentsOfFile: "/proc/uptime", encoding: .utf8)) ?? "0").split(separator: " ")[0])
            ?? 0
        return uptime - startTicks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @Test("probe: Task.sleep lateness and closed-port connect time during the suite")
    func probe() async throws {
        let began = Self.processAge()
        let clock = ContinuousClock()
        let end = clock.now + .seconds(max(5, 75 - began))
        async let sleeps: (Double, [Duration]) = {
            let ran = Self.processAge()
            var late: [Duration] = []
            while clock.now < end || late.count < 100 {
                let before = clock.now
                try? await Task.sleep(for: .milliseconds(10))
                late.append(clock.now - before - .milliseconds(10))
            }
            return (ran, late)
        }()
        async let connects: (Double, [Duration]) = {
            let ran = Self.processAge()
            var took: [Duration] = []
            guard let unused = try? Socket(domain: AF_INET, type: .stream) else { return (ran, []) }
            defer { try? unused.close() }
            try? unused.bind(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0))
            guard case .ip4(_, let port)? = try? unused.sockname(),
                let client = try? WorkshopClient(address: "127.0.0.1:\(port)")
            else { return (ran, []) }
            while clock.now < end || took.count < 10 {
                let before = clock.now
                _ = try? await client.send("GET", "/api/session")
                took.append(clock.now - before)
                try? await Task.sleep(for: .milliseconds(200))
            }
            return (ran, took)
        }()
        func summary(_ values: [Duration]) -> String {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return "none" }
            func ms(_ d: Duration) -> String {
                String(format: "%.1f ms", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
            }
            return
                "n=\(sorted.count) median=\(ms(sorted[sorted.count / 2])) p99=\(ms(sorted[sorted.count * 99 / 100])) max=\(ms(sorted.last!))"
        }
        let (s, c) = await (sleeps, connects)
        print(
            "POOL-PROBE body began \(String(format: "%.1f", began)) s after the process started; sampled until \(String(format: "%.1f", Self.processAge())) s"
        )
        print("POOL-PROBE sleep(10ms) lateness (loop began at \(String(format: "%.1f", s.0)) s): \(summary(s.1))")
        print("POOL-PROBE connect to closed port (loop began at \(String(format: "%.1f", c.0)) s): \(summary(c.1))")
    }
}
