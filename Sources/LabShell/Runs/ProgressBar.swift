import Foundation
import Synchronization

/// A progress bar on standard error for runs that take longer than half a second on a terminal.
///
/// It reads the wall clock, which is fine here: it only decides whether to draw, never what a run computes.
final class ProgressBar: Sendable {
    private let enabled: Bool
    private let start = ContinuousClock.now
    private let drawn = Mutex(false)
    static let delay = Duration.milliseconds(500)

    init(enabled: Bool) {
        self.enabled = enabled && isatty(2) == 1
    }

    func update(_ fraction: Double) {
        guard enabled, ContinuousClock.now - start > Self.delay else { return }
        let width = 30
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(Int(fraction * 100))% ".utf8))
        drawn.withLock { $0 = true }
    }

    func finish() {
        guard drawn.withLock({ $0 }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
