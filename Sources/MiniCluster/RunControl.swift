/// How a caller watches and stops a simulation run from outside.
///
/// The engine polls `isCancelled` every few thousand events and reports progress in [0, 1].
/// Both closures are called on the simulating thread; they must be cheap.
public struct RunControl: Sendable {
    public var isCancelled: @Sendable () -> Bool
    public var progress: @Sendable (Double) -> Void

    public init(
        isCancelled: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) {
        self.isCancelled = isCancelled
        self.progress = progress
    }

    /// A control that never cancels and ignores progress.
    public static let unattended = RunControl()
}

/// Thrown by a run that noticed `RunControl.isCancelled`.
public struct RunCancelled: Error, Equatable {
    public init() {}
}
