import ArgumentParser
import Experiments
import LabText

/// `seed [N]`: shows or sets the seed every experiment run starts from.
struct SeedCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Show or set the random seed of experiments.")
    static let summary = Localized(en: "Show or set the random seed of experiments", ko: "실험의 난수 시드를 보거나 바꿉니다")

    @Argument(help: "A whole number from 0 to 18446744073709551615.") var value: String?

    mutating func run(in session: Session) throws {
        guard let value else {
            session.console.print("seed = \(session.seed)")
            return
        }
        guard let seed = UInt64(value) else {
            throw LabError.usage(
                session.text(en: "seed: '\(value)' is not a whole number", ko: "seed: '\(value)'은(는) 0 이상의 정수가 아닙니다"),
                hint: session.text(en: "use a number such as 'seed 42'", ko: "'seed 42'처럼 수를 쓰세요"))
        }
        session.seed = seed
        session.console.print("seed = \(seed)")
    }
}
