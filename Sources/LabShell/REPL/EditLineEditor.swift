import CEditLine
import Foundation
import LabText
import Lessons
import Terminal

/// The libedit line editor: wide-character input (Korean), Tab completion, persistent history,
/// `~/.editrc`, and Ctrl-C/Ctrl-D as `LineEvent`s.
package final class EditLineEditor: LineEditor {
    package var completer: Completer
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var historyFile: HistoryFile
    private var promptBuffer: UnsafeMutablePointer<wchar_t>
    /// What loading the history file found that the learner should read (said once), if anything.
    package private(set) var historyWarning: Localized?
    /// Where a failure to append to the history is reported (once).
    package var warn: (Localized) -> Void = { _ in }
    private var historyFailed = false
    // NB: EL_ADDFN keeps these pointers without copying them; they live as long as the editor.
    private let completeName = WideString.allocate("scalelab-complete")
    private let completeHelp = WideString.allocate("complete a command or argument")
    private let endName = WideString.allocate("scalelab-eof")
    private let endHelp = WideString.allocate("leave on an empty line, else delete the character under the cursor")

    /// Sets libedit up on the terminal; nil when libedit cannot start.
    package init?(completer: Completer, historyFile: HistoryFile) {
        guard let editLine = el_init("scalelab", lab_stdin(), lab_stdout(), lab_stderr()) else { return nil }
        guard let history = history_winit() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.completer = completer
        self.historyFile = historyFile
        self.promptBuffer = WideString.allocate("> ")
        configure()
    }

    deinit {
        el_end(editLine)
        history_wend(history)
        promptBuffer.deallocate()
        completeName.deallocate()
        completeHelp.deallocate()
        endName.deallocate()
        endHelp.deallocate()
    }

    private func configure() {
        var event = HistEventW()
        _ = lab_history_setsize(history, &event, HistoryFile.capacity)
        _ = lab_history_setunique(history, &event, 1)
        historyWarning = historyFile.check()
        historyFile.load(into: history)
        _ = lab_el_set_history(editLine, history)
        _ = lab_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = lab_el_set_prompt(editLine) { editLine in
            EditLineEditor.owner(of: editLine)?.promptBuffer
        }
        _ = lab_el_set_signal(editLine, 1)
        _ = lab_el_set_editor(editLine, WideString.make("emacs"))
        _ = lab_el_addfn(editLine, completeName, completeHelp) { editLine, _ in
            EditLineEditor.owner(of: editLine)?.completeAtCursor() ?? UInt8(CC_ERROR)
        }
        // NB: libedit's own ^D (em-delete-or-list) writes "^D" to the screen before leaving.
        _ = lab_el_addfn(editLine, endName, endHelp) { editLine, _ in
            EditLineEditor.owner(of: editLine)?.endOrDelete() ?? UInt8(CC_ERROR)
        }
        _ = el_source(editLine, nil)  // ~/.editrc; may switch to vi and reset bindings, so bind after it
        _ = lab_el_bind(editLine, WideString.make("^I"), WideString.make("scalelab-complete"))
        _ = lab_el_bind(editLine, WideString.make("^D"), WideString.make("scalelab-eof"))
    }

    /// Ctrl-D: the end of input on an empty line, else deletes the character under the cursor.
    private func endOrDelete() -> UInt8 {
        guard let info = el_wline(editLine)?.pointee else { return UInt8(CC_ERROR) }
        if info.lastchar == info.buffer { return UInt8(CC_EOF) }
        guard info.cursor < info.lastchar else { return UInt8(CC_ERROR) }
        _ = el_cursor(editLine, 1)
        el_deletestr(editLine, 1)
        return UInt8(CC_REFRESH)
    }

    private static func owner(of editLine: OpaquePointer?) -> EditLineEditor? {
        guard let editLine, let data = lab_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    package func readLine(prompt: String) -> LineEvent {
        promptBuffer.deallocate()
        promptBuffer = WideString.allocate(prompt)
        var count: Int32 = 0
        guard let line = el_wgets(editLine, &count) else {
            // NB: checked by the flag, not errno: Ctrl-C inside a Ctrl-R search returns count 0.
            if InterruptFlag.isRaised || (count == -1 && errno == EINTR) {
                writeToTerminal("^C\n")
                return .interrupted
            }
            writeToTerminal("\n")
            return .endOfInput
        }
        var text = WideString.read(line, count: Int(count))
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return .line(text)
    }

    package func remember(_ line: String) {
        var event = HistEventW()
        var wide = WideString.make(line)
        _ = lab_history_enter(history, &event, &wide)
        // NB: appended at once (before the command runs), so a crash, SIGHUP or kill loses nothing.
        if let warning = historyFile.save(newLines: [line]), !historyFailed {
            historyFailed = true
            warn(warning)
        }
    }

    private func completeAtCursor() -> UInt8 {
        guard let info = el_wline(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let typed = WideString.read(info.buffer, count: info.cursor - info.buffer)
        let completion = completer.complete(typed)
        if !completion.insertion.isEmpty {
            _ = el_winsertstr(editLine, WideString.make(completion.insertion))
            return UInt8(CC_REFRESH)
        }
        guard completion.candidates.count > 1 else { return UInt8(CC_ERROR) }
        writeToTerminal("\n" + CandidateColumns.layout(completion.candidates, width: TerminalSize.columns()) + "\n")
        return UInt8(CC_REDISPLAY)
    }

    private func writeToTerminal(_ text: String) {
        fputs(OutputBoundary.neutralized(text, allowingStyles: false), lab_stdout())
        fflush(lab_stdout())
    }
}
