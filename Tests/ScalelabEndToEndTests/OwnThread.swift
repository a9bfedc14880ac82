import Foundation

/// Runs `work`, which blocks (reading a pipe to its end), on a thread of its own and awaits what it
/// returns. On one of the task pool's threads (two on a 2-core machine) the wait would hold up every
/// async test of the run meanwhile.
func onOwnThread<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}
