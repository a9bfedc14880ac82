import Dispatch
import Foundation
import Synchronization

/// Independent pieces of grading work (reading or scoring sheets) spread over both cores.
///
/// The workers take runs of indices as they go, and the results come back in index order, so the output is
/// byte-identical whatever the scheduling and however many cores ran.
enum ParallelMap {
    /// `transform(&state, 0) ... transform(&state, count - 1)`, in that order; each worker starts from its own copy
    /// of `state` (a cache, say), so what one worker keeps there never reaches the other.
    static func map<T: Sendable, State: Sendable>(
        _ count: Int, state: State, _ transform: @Sendable (inout State, Int) -> T
    ) -> [T] {
        var states = [State](repeating: state, count: 2)
        return map(count, states: &states, transform)
    }

    /// Writes to `stream` the bytes `render(&state, index, &bytes)` makes for each index `0..<count`, in order: made
    /// on both cores a chunk at a time, each core with its own state kept from chunk to chunk (a cache of what it made
    /// before), so a large report is made twice as fast and still only a chunk at a time is held.
    static func write<State: Sendable>(
        _ count: Int, state: State, to stream: inout some ReportStream,
        _ render: @Sendable (inout State, Int, inout [UInt8]) -> Void
    ) {
        var states = [State](repeating: state, count: 2)
        for start in stride(from: 0, to: count, by: chunkSize) {
            let end = min(start + chunkSize, count)
            let parts = map(end - start, states: &states) { state, offset in
                var bytes: [UInt8] = []
                render(&state, start + offset, &bytes)
                return bytes
            }
            for part in parts { stream.write(utf8: part) }
        }
    }

    /// The pieces made at a time by `write`: a few megabytes of a JSON report.
    private static let chunkSize = 512

    /// `map(_:state:_:)` with a state per worker that each keeps: `states[worker]` goes in and comes back.
    private static func map<T: Sendable, State: Sendable>(
        _ count: Int, states: inout [State], _ transform: @Sendable (inout State, Int) -> T
    ) -> [T] {
        let workers = count < 64 ? 1 : min(states.count, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else { return (0..<count).map { transform(&states[0], $0) } }
        // NB: the workers take runs of indices as they go rather than half each, so a core slowed by something else
        // on the machine does less of the work instead of holding the other up (halves varied by a third in time).
        let next = Atomic(0)
        let kept = Mutex(states)
        let results = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var own = kept.withLock { $0[worker] }
                while true {
                    let start = next.add(runLength, ordering: .relaxed).oldValue
                    guard start < count else { break }
                    // NB: each index is taken by one worker only, so each slot is written once, by its taker.
                    for index in start..<min(start + runLength, count) {
                        (slots.buffer.baseAddress! + index).initialize(to: transform(&own, index))
                    }
                }
                kept.withLock { $0[worker] = own }
            }
            initialized = count
        }
        states = kept.withLock { $0 }
        return results
    }

    /// The result slots the workers fill, each index by the worker that took it.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
    }

    /// The indices a worker takes at a time.
    private static let runLength = 16
}
