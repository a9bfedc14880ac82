import Dispatch
import Foundation
import Synchronization

/// Independent pieces of grading work (reading or scoring sheets) spread over both cores.
///
/// Each worker takes one contiguous slice of the indices, and the results come back in index order,
/// so the output is byte-identical whatever the scheduling and however many cores ran.
enum ParallelMap {
    /// `transform(&state, 0) ... transform(&state, count - 1)`, in that order; each worker starts from its own copy
    /// of `state` (a cache, say), so what one worker keeps there never reaches the other.
    static func map<T: Sendable, State: Sendable>(
        _ count: Int, state: State, _ transform: @Sendable (inout State, Int) -> T
    ) -> [T] {
        let workers = count < 64 ? 1 : min(2, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else {
            var state = state
            return (0..<count).map { transform(&state, $0) }
        }
        let slices = Mutex([[T]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var own = state
            let part = (count * worker / workers)..<(count * (worker + 1) / workers)
            let results = part.map { transform(&own, $0) }
            slices.withLock { $0[worker] = results }
        }
        return slices.withLock { $0.flatMap { $0 } }
    }
}
