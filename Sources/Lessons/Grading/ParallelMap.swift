import Dispatch
import Foundation
import Synchronization

/// Independent pieces of grading work (reading or scoring sheets) spread over both cores.
///
/// Each worker takes one contiguous slice of the indices, and the results come back in index order,
/// so the output is byte-identical whatever the scheduling and however many cores ran.
enum ParallelMap {
    /// `transform(0) ... transform(count - 1)`, in that order.
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let workers = count < 64 ? 1 : min(2, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else { return (0..<count).map(transform) }
        let slices = Mutex([[T]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let part = (count * worker / workers)..<(count * (worker + 1) / workers)
            let results = part.map(transform)
            slices.withLock { $0[worker] = results }
        }
        return slices.withLock { $0.flatMap { $0 } }
    }
}
