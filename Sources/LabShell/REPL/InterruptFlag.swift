import Foundation
import Synchronization

/// Ctrl-C as a flag: the SIGINT handler only sets it; long runs poll it and stop cleanly.
package enum InterruptFlag {
    private static let raised = Atomic<Bool>(false)
    private static let terminating = Atomic<Bool>(false)

    /// Set by SIGHUP or SIGTERM: the REPL leaves at once (history is already on disk).
    package static var terminationRequested: Bool { terminating.load(ordering: .relaxed) }

    package static var isRaised: Bool { raised.load(ordering: .relaxed) }

    package static func clear() { raised.store(false, ordering: .relaxed) }

    /// Installs the SIGINT handler (without `SA_RESTART`, so a blocked read returns `EINTR`), and
    /// SIGHUP/SIGTERM handlers that stop a run and end the REPL cleanly.
    package static func installHandler() {
        clear()  // NB: touch the atomic first so its lazy initialisation never runs inside the handler.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptFlag.raised.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        _ = terminating.load(ordering: .relaxed)
        var termination = sigaction()
        termination.__sigaction_handler.sa_handler = { _ in
            InterruptFlag.terminating.store(true, ordering: .relaxed)
            InterruptFlag.raised.store(true, ordering: .relaxed)
        }
        sigemptyset(&termination.sa_mask)
        termination.sa_flags = 0
        sigaction(SIGHUP, &termination, nil)
        sigaction(SIGTERM, &termination, nil)
        // NB: a parent may start scalelab with these blocked (a blocked mask survives exec).
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGINT, SIGHUP, SIGTERM] { sigaddset(&handled, signal) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
    }
}
