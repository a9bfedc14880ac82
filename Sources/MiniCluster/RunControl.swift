/// How a caller watches and stops a simulation run from outside.
///
/// The engine polls `isCancelled` every few thousand events and reports progress in [0, 1].
/// Both closures are called on the simulating thread; they must be cheap.
public struct RunControl: Sendable {
    public var isCancelled: @Sendable () -> Bool
    public var progress: @Sendable (Double) -> Void
    /// The most events a run should simulate: an experiment shortens its virtual horizon (and
    /// says so) rather than exceed it, so every parameter value stays bounded in time and memory.
    public var eventBudget: Int
    /// How many independent runs (replications, sweep steps) may go at once, one thread each;
    /// a single run is always single-threaded.
    public var workers: Int

    /// The budget of a whole-process run: 2 million events, about 0.3 s of simulation in a
    /// release build on one idle core (`bench` measures it).
    public static let defaultEventBudget = 2_000_000

    public init(
        isCancelled: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Double) -> Void = { _ in },
        eventBudget: Int = RunControl.defaultEventBudget,
        workers: Int = 1
    ) {
        precondition(eventBudget > 0, "event budget must be positive, got \(eventBudget)")
        self.isCancelled = isCancelled
        self.progress = progress
        self.eventBudget = eventBudget
        self.workers = max(1, workers)
    }

    /// How much of `asked` (seconds, years, requests) fits in the budget at `eventsPerUnit`.
    public func horizon(asked: Double, eventsPerUnit: Double) -> Double {
        guard eventsPerUnit > 0 else { return asked }
        return min(asked, Double(eventBudget) / eventsPerUnit)
    }

    /// A control that never cancels and ignores progress.
    public static let unattended = RunControl()
}

/// Thrown by a run that noticed `RunControl.isCancelled`.
public struct RunCancelled: Error, Equatable {
    public init() {}
}
