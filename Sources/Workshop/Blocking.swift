import Foundation

/// Runs async work to the end from synchronous code (a command of the shell), on the concurrency pool.
/// Call it from a thread outside the pool (the shell's main thread, a test's own `Thread`): it holds its
/// thread until `work` ends, and on a pool thread (two on a 2-core machine) it would hold one `work` needs.
package func runBlocking<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
    let box = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func set(_ value: Result<Value, any Error>) {
        lock.withLock { result = value }
    }

    func get() throws -> Value {
        try lock.withLock { result }!.get()
    }
}
