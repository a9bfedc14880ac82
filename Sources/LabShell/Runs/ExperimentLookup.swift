import Experiments
import LabText

extension ExperimentCatalog {
    /// The experiment `id`, or an error in `language` that suggests a close one.
    static func require(_ id: String, language: Language) throws(LabError) -> any Experiment {
        guard let experiment = experiment(id.lowercased()) else {
            throw .usage(
                Localized(en: "unknown experiment '\(id)'", ko: "알 수 없는 실험 '\(id)'").text(language),
                hint: Suggestion.hint(for: id, in: ids, language: language)
                    ?? Localized(en: "type 'experiments' for the list", ko: "'experiments'로 실험 목록을 보세요")
                    .text(language))
        }
        return experiment
    }
}
