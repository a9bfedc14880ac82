import Experiments
import Lessons

/// Before `review` asks a missed question again, offers to run the experiment or design it cites,
/// with the parameters it is about (`run cap mode=cp` in its feedback is offered as that command).
struct ReviewRerun {
    let session: Session
    let read: (String) -> LineEvent

    /// The command `question` is about: the first experiment or built-in design run in backticks
    /// in its text, then its general feedback, then its choices' feedback; nil when none is runnable.
    static func command(for question: Question) -> String? {
        let texts = [question.text, question.generalFeedback ?? ""] + question.kind.choices.compactMap(\.feedback)
        return texts.lazy.flatMap { QuizCitations($0).commands }.first(where: isRunnable)
    }

    /// Only `run EXPERIMENT ...` or `design run NAME ...` with a built-in name: a quiz never runs a file.
    static func isRunnable(_ command: String) -> Bool {
        let words = command.split(separator: " ").map(String.init)
        if words.first == "run", words.count >= 2 { return ExperimentCatalog.all.contains { $0.id == words[1] } }
        guard words.count >= 3, words[0] == "design", words[1] == "run" else { return false }
        return words[2].allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// Offers `command` and runs it when the learner agrees; false when they stopped (Ctrl-C, Ctrl-D, `quit`).
    func offer(_ command: String) -> Bool {
        let shown = UntrustedText.oneLine(command, limit: 200)
        session.console.print("")
        session.printWrapped(
            session.text(en: "this question is about `\(shown)`.", ko: "이 문제는 `\(shown)` 실험에 관한 것입니다."))
        while true {
            guard case .line(let typed) = read(session.text(en: "run it first? [Y/n] ", ko: "먼저 실행해 볼까요? [Y/n] "))
            else { return false }
            switch typed.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "y", "yes", "예", "네", "응":
                run(command)
                return true
            case "n", "no", "아니요", "아니오": return true
            case "quit": return false
            default:
                session.printWrapped(
                    session.text(
                        en: "type y to run it, n to go straight to the question",
                        ko: "실행하려면 y, 바로 문제로 가려면 n을 입력하세요"))
            }
        }
    }

    private func run(_ command: String) {
        session.console.print(session.styler.dim("> " + UntrustedText.oneLine(command, limit: 200)))
        do { try Interpreter.execute(command, in: session) } catch {
            session.console.printError(session.text(en: "could not run it: ", ko: "실행하지 못했습니다: ") + error.oneLine)
        }
    }
}
