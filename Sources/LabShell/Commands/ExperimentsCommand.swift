import ArgumentParser
import Experiments
import LabText

/// `experiments`: every live experiment with what it shows.
struct ExperimentsCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "experiments", abstract: "List the live experiments.")
    static let summary = Localized(en: "List the live experiments", ko: "실험 목록")

    mutating func run(in session: Session) throws {
        let rows = ExperimentCatalog.all.map { [$0.id, $0.section, session.text($0.summary)] }
        session.showTable(
            headers: [
                session.text(en: "experiment", ko: "실험"), session.text(en: "section", ko: "절"),
                session.text(en: "what it shows", ko: "보여 주는 것")
            ], rows: rows)
        session.printWrapped(
            session.text(
                en: "Run one with 'run ID'; 'params ID' lists its parameters.",
                ko: "'run ID'로 실행하고, 'params ID'로 매개변수를 봅니다."))
    }
}

/// `params EXP`: an experiment's parameters with defaults, units and allowed values.
struct ParamsCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "params", abstract: "Show an experiment's parameters.")
    static let summary = Localized(en: "Show an experiment's parameters, defaults and ranges", ko: "실험의 매개변수와 기본값, 범위")
    static let completion = ArgumentCompletion.experiments

    @Argument(help: "An experiment id.") var experiment: String

    mutating func run(in session: Session) throws {
        let chosen = try ExperimentCatalog.require(experiment, language: session.language)
        session.printWrapped("\(chosen.id) — \(session.text(chosen.summary))")
        let rows = chosen.parameters.map { spec in
            [spec.name, spec.defaultValue.description, spec.unit, session.text(spec.allowedText), session.text(spec.summary)]
        }
        session.showTable(
            headers: [
                session.text(en: "parameter", ko: "매개변수"), session.text(en: "default", ko: "기본값"),
                session.text(en: "unit", ko: "단위"), session.text(en: "allowed", ko: "허용 범위"),
                session.text(en: "meaning", ko: "뜻")
            ], rows: rows)
        let assumptions = session.text(chosen.assumptions)
        if !assumptions.isEmpty { session.printWrapped(session.text(en: "Model: ", ko: "모델: ") + assumptions) }
        session.printWrapped(
            session.text(
                en: "Also: seed (set with 'seed N'), sweep=PARAM[:FROM..TO[:STEPS]], precision=2%, --json.",
                ko: "그 밖에: seed ('seed N'으로 설정), sweep=PARAM[:FROM..TO[:STEPS]], precision=2%, --json."))
    }
}
