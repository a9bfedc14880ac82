import Dispatch
import Foundation
import MiniCluster
import Synchronization

/// Independent runs (replications, sweep steps) spread over `RunControl.workers` threads.
///
/// Each job gets its index and derives everything it needs (seed, values, budget) from it, and
/// the results come back in index order, so the output is byte-identical whatever the
/// scheduling and however many workers ran. One run itself never uses more than one thread.
package enum ParallelRuns {
    /// `body(0) ... body(count - 1)`, in that order; the first error by index is rethrown.
    ///
    /// The jobs share `control`'s event budget equally; each is given a control with its share,
    /// one worker and no progress of its own: progress is reported as the share of jobs finished.
    package static func map<T: Sendable>(
        _ count: Int, control: RunControl,
        _ body: @Sendable (Int, RunControl) throws -> T
    ) throws -> [T] {
        let part = RunControl(
            isCancelled: control.isCancelled, eventBudget: max(1, control.eventBudget / max(1, count)))
        let workers = max(1, min(control.workers, count))
        let collected = Collected<T>(count: count)
        @Sendable func job(_ index: Int) {
            let done = collected.store(Result { try body(index, part) }, at: index)
            control.progress(Double(done) / Double(count))
        }
        if workers == 1 {
            for index in 0..<count { job(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: count, by: workers) { job(index) }
            }
        }
        return try collected.results()
    }
}

/// The results of the jobs, stored by index under a lock.
private final class Collected<T: Sendable>: Sendable {
    private let state: Mutex<(slots: [Result<T, any Error>?], done: Int)>

    init(count: Int) {
        state = Mutex((Array(repeating: nil, count: count), 0))
    }

    /// Stores job `index`'s result; returns how many jobs have finished.
    func store(_ result: Result<T, any Error>, at index: Int) -> Int {
        state.withLock { state in
            state.slots[index] = result
            state.done += 1
            return state.done
        }
    }

    /// Every result in index order; the first error by index is thrown.
    func results() throws -> [T] {
        try state.withLock { state in
            try state.slots.enumerated().map { index, slot in
                guard let slot else { preconditionFailure("job \(index) of \(state.slots.count) never ran") }
                return try slot.get()
            }
        }
    }
}

extension RunControl {
    /// Two workers, or one on a one-core machine: what `run` and `bench` give independent runs.
    package static var bothCores: Int { min(2, ProcessInfo.processInfo.activeProcessorCount) }
}
