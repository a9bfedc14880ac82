import Experiments
import LabText
import Lessons

/// The learner's state while the shell runs: settings, position in the course, last results.
package final class Session {
    /// How commands reach the shell.
    package enum Mode: Equatable {
        /// A person at a terminal: pager and progress bars allowed.
        case interactive
        /// A script, a pipe or a one-shot command: plain, deterministic output.
        case script
    }

    package var language: Language
    package var seed: UInt64 = 1
    package let console: Console
    package let mode: Mode
    package let environment: ShellEnvironment
    /// Reports of the experiments run, newest last (at most the last two are kept).
    package private(set) var reports: [Report] = []
    /// Whether a script prints a line for each `expect` that held (`--echo` turns it on).
    package var echoesExpectations = false
    /// Set by `quit`; the REPL and the script runner stop when it is.
    package var quitRequested = false
    /// The course section the learner is in, for example `2.2`, once they opened one.
    package var currentSection: String?
    /// The last subsection the current section showed (a chapter shows its subsections): `next` goes past it.
    var readThrough: String?
    /// Section numbers of the course, for completion.
    package var sectionNumbers: [String] = []
    /// What the learner has done so far (sections read, lab blocks run, quiz scores, review cards).
    package var progress = Progress()
    /// Where progress is saved; nil keeps it in memory (scripts, tests, a read-only file).
    package var progressStore: ProgressStore?
    /// The progress as last loaded or saved: what this session changed is merged from it.
    var progressBase = Progress()
    /// Whether the progress file could only be read (a newer layout, or no permission): nothing is saved.
    package internal(set) var progressIsReadOnly = false
    /// Whether a failed save was reported already (it is said once).
    var progressWarningShown = false
    /// Reads one line from the learner (quiz answers); nil when nobody is at a terminal.
    package var answerReader: ((String) -> LineEvent)?
    /// Courses loaded so far, by language.
    var courses: [Language: Course] = [:]
    /// Predictions waiting for the next run (`predict`), graded after each command.
    package var predictions = PredictionLedger()

    package init(language: Language, console: Console, mode: Mode, environment: ShellEnvironment) {
        self.language = language
        self.console = console
        self.mode = mode
        self.environment = environment
    }

    /// Remembers a report for `expect` and `compare`.
    package func record(_ report: Report) {
        reports.append(report)
        predictions.noteReport()
        if reports.count > 2 { reports.removeFirst(reports.count - 2) }
    }

    /// The text in the session's language.
    package func text(_ localized: Localized) -> String {
        localized.text(language)
    }

    /// Chooses between an English and a Korean text.
    package func text(en: String, ko: String) -> String {
        language == .ko ? ko : en
    }
}
