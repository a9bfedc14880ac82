/// How a caller watches and stops a simulation run from outside.
///
/// The engine polls `isCancelled` every few thousand events and reports progress in [0, 1].
/// Both closures are called on the simulating thread; they must be cheap.
package struct RunControl: Sendable {
    package var isCancelled: @Sendable () -> Bool
    package var progress: @Sendable (Double) -> Void

    package init(
        isCancelled: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) {
        self.isCancelled = isCancelled
        self.progress = progress
    }

    /// A control that never cancels and ignores progress.
    package static let unattended = RunControl()
}

/// Thrown by a run that noticed `RunControl.isCancelled`.
package struct RunCancelled: Error, Equatable {
    package init() {}
}
