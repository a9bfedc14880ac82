import ArgumentParser
import Experiments
import LabText

/// `try`: runs the lab blocks of the current section, each command shown before its output.
/// A block's `predict` lines ask for a guess first; `--predict METRIC=N` answers them instead.
struct TryCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "try", abstract: "Run the current section's lab commands.")
    static let summary = Localized(
        en: "Run the lab commands of the current section (--predict p99_ms=120 answers its predictions)",
        ko: "현재 절의 실습 명령을 실행합니다 (--predict p99_ms=120으로 예측에 미리 답합니다)")

    @Argument(help: "A section number (default: the current section).") var number: String?
    @Option(
        name: .customLong("predict"),
        help: "A guess for the block's 'predict METRIC' lines, as METRIC=NUMBER (repeatable).")
    var guesses: [String] = []

    mutating func run(in session: Session) throws {
        guard let wanted = number ?? session.currentSection else {
            throw LabError.usage(
                session.text(en: "no section is open", ko: "열린 절이 없습니다"),
                hint: session.text(en: "open one with 'read 2.1' first", ko: "먼저 'read 2.1'로 절을 여세요"))
        }
        let section = try session.section(wanted)
        guard !section.labBlocks.isEmpty else {
            throw LabError(
                session.text(
                    en: "section \(section.number) has no lab commands", ko: "\(section.number)절에는 실습 명령이 없습니다"),
                hint: session.text(en: "'toc' shows the sections", ko: "'toc'로 절 목록을 보세요"))
        }
        session.predictions.supplied = try Self.supply(guesses, in: session)
        session.predictions.section = section.number
        defer {
            session.predictions.supplied = [:]
            session.predictions.section = nil
        }
        for block in section.labBlocks {
            for command in block.commands {
                session.console.print("> " + command.text)
                try Interpreter.execute(command.text, in: session)
            }
            session.markLabRun(file: block.file, line: block.line)
            for waiting in session.predictions.takeAll() {
                session.printWrapped(
                    session.text(
                        en: "(predict \(waiting.request.metric): no run followed it, so it was not graded)",
                        ko: "(predict \(waiting.request.metric): 뒤따르는 실행이 없어 채점하지 않았습니다)"))
            }
        }
    }

    /// `p99_ms=120` options as guesses per metric, in the order given.
    static func supply(_ options: [String], in session: Session) throws(LabError) -> [String: [Double]] {
        var supplied: [String: [Double]] = [:]
        for option in options {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let value = PredictionRequest.guessNumber(parts[1]) else {
                throw .usage(
                    session.text(
                        en: "try: --predict takes METRIC=NUMBER, not '\(option)'",
                        ko: "try: --predict에는 METRIC=NUMBER 형식을 주세요 ('\(option)'은 아닙니다)"),
                    hint: "try 1.1 --predict p99_ms=120")
            }
            supplied[parts[0], default: []].append(value)
        }
        return supplied
    }
}
