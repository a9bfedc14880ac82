import ArgumentParser
import Experiments
import LabText
import MiniCluster

/// `run EXP [key=value ...] [sweep=…] [--json]`: runs a live experiment and shows its report.
struct RunCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run an experiment, e.g. run load rate=3200 service=1.")
    static let summary = Localized(
        en: "Run an experiment: run load rate=3200, run load sweep=rate, --json",
        ko: "실험을 실행합니다: run load rate=3200, run load sweep=rate, --json")
    static let completion = ArgumentCompletion.experimentParameters

    @Argument(help: "An experiment id (see 'experiments').") var experiment: String
    @Argument(help: "name=value parameters, sweep=PARAM[:FROM..TO[:STEPS]], precision=2%.") var assignments: [String] =
        []
    @Flag(help: "Print the report as one JSON object.") var json = false

    mutating func run(in session: Session) throws {
        let chosen = try ExperimentCatalog.require(experiment, language: session.language)
        let sweepText = try onlySweep(session)
        let precisionText = assignments.first { $0.lowercased().hasPrefix("precision=") }
        let values: ParameterValues
        do {
            values = try ParameterParser.parse(
                assignments.filter { $0 != sweepText && $0 != precisionText },
                specs: chosen.parameters, experiment: chosen.id)
        } catch {
            throw LabError(error, language: session.language)
        }
        let report = try session.runMeasured { control in
            if let sweepText {
                if precisionText != nil {
                    throw LabError.usage(
                        session.text(
                            en: "precision= cannot be combined with sweep=", ko: "precision=은 sweep=과 함께 쓸 수 없습니다"))
                }
                return try Sweep.run(chosen, text: sweepText, base: values, seed: session.seed, control: control)
            }
            if let precisionText {
                return try PrecisionRun.run(
                    chosen, target: try PrecisionRun.parse(precisionText), values: values,
                    seed: session.seed, control: control)
            }
            return try chosen.run(values, seed: session.seed, control: control)
        }
        session.record(report)
        if json { session.console.print(report.jsonText(language: session.language)) } else { session.show(report) }
    }

    /// The one `sweep=` word of the assignments, if any: a run sweeps one parameter.
    private func onlySweep(_ session: Session) throws -> String? {
        let sweeps = assignments.filter { $0.lowercased().hasPrefix("sweep=") }
        guard sweeps.count <= 1 else {
            throw LabError.usage(
                session.text(
                    en: "run: \(sweeps.count) sweep= words; a run sweeps one parameter",
                    ko: "run: sweep= 단어가 \(sweeps.count)개입니다. 한 번에 한 파라미터만 훑을 수 있습니다"),
                hint: session.text(
                    en: "keep one, e.g. '\(sweeps[0])', and run again for the other",
                    ko: "하나만 남기고(예: '\(sweeps[0])') 다른 것은 따로 실행하세요"))
        }
        return sweeps.first
    }
}

extension Session {
    /// Runs a simulation with Ctrl-C and the progress bar wired in.
    func runMeasured(_ body: (RunControl) throws -> Report) throws -> Report {
        let bar = ProgressBar(enabled: mode == .interactive)
        defer { bar.finish() }
        let control = RunControl(
            isCancelled: { InterruptFlag.isRaised }, progress: { bar.update($0) }, workers: RunControl.bothCores)
        do {
            return try body(control)
        } catch {
            throw LabError(converting: error, language: language)
        }
    }
}
