import Foundation
import Synchronization

/// Ctrl-C as a flag: the SIGINT handler only sets it; long runs poll it and stop cleanly.
package enum InterruptFlag {
    private static let raised = Atomic<Bool>(false)

    package static var isRaised: Bool { raised.load(ordering: .relaxed) }

    package static func clear() { raised.store(false, ordering: .relaxed) }

    /// Installs the SIGINT handler (without `SA_RESTART`, so a blocked read returns `EINTR`).
    ///
    /// SIGHUP and SIGTERM keep their default action, ending the process at once: history and
    /// progress reach the disk after each command and a half-written temporary file is removed
    /// at the next start, so there is nothing to flush, and libedit restores the terminal first.
    package static func installHandler() {
        clear()  // NB: touch the atomic first so its lazy initialisation never runs inside the handler.
        var action = sigaction()
        let handler: @convention(c) (Int32) -> Void = { _ in InterruptFlag.raised.store(true, ordering: .relaxed) }
        #if os(Linux)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // NB: a parent may start scalelab with these blocked (a blocked mask survives exec).
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGINT, SIGHUP, SIGTERM] { sigaddset(&handled, signal) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
    }
}
