import Foundation

/// At most one scalelab process per core at a time for `ScalelabProcess.run`. Unbounded, the
/// suite starts dozens at once, and a REPL under test then misses its 10 s for a prompt. Waiting
/// for a slot holds no thread.
actor ProcessSlots {
    static let shared = ProcessSlots(count: ProcessInfo.processInfo.activeProcessorCount)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    private init(count: Int) {
        free = count
    }

    /// Runs `work` once a slot is free, and frees it after.
    nonisolated func run<Value: Sendable>(_ work: () async throws -> Value) async rethrows -> Value {
        await take()
        do {
            let value = try await work()
            await give()
            return value
        } catch {
            await give()
            throw error
        }
    }

    private func take() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func give() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
