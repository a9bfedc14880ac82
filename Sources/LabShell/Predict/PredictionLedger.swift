/// The predictions a session is waiting to grade, and the guesses `try --predict` supplies.
package struct PredictionLedger: Sendable {
    /// A prediction waiting for the next run.
    package struct Pending: Equatable, Sendable {
        package var request: PredictionRequest
        /// The guess; nil when nobody could give one (a script without a guess): the run only checks the metric exists.
        package var guess: Double?
        package var section: String
        /// How many reports the session had recorded when the prediction was made.
        package var after: Int
    }

    /// Reports recorded so far; a pending prediction is graded by the first report after its own count.
    package private(set) var reportsRecorded = 0
    /// Predictions waiting for a report, oldest first.
    package private(set) var pending: [Pending] = []
    /// Guesses given on the command line (`try --predict p99_ms=120`), used in order, per metric.
    package var supplied: [String: [Double]] = [:]
    /// The section `try` is running, so a prediction is credited to it rather than to the open section.
    package var section: String?

    package init() {}

    /// Counts a report the session recorded.
    package mutating func noteReport() {
        reportsRecorded += 1
    }

    /// Waits for the next report to grade `request` (with `guess`, if any).
    package mutating func expect(_ request: PredictionRequest, guess: Double?, section: String) {
        pending.append(Pending(request: request, guess: guess, section: section, after: reportsRecorded))
    }

    /// The next guess supplied for `metric`, removed from the supply.
    package mutating func takeSupplied(_ metric: String) -> Double? {
        guard var values = supplied[metric], !values.isEmpty else { return nil }
        let first = values.removeFirst()
        supplied[metric] = values
        return first
    }

    /// Removes and returns the predictions a report has arrived for, oldest first.
    package mutating func takeDue() -> [Pending] {
        let due = pending.filter { $0.after < reportsRecorded }
        pending.removeAll { $0.after < reportsRecorded }
        return due
    }

    /// Removes and returns every prediction still waiting (no run followed it).
    package mutating func takeAll() -> [Pending] {
        defer { pending = [] }
        return pending
    }
}
