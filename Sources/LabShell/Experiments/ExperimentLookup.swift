import Experiments

extension ExperimentCatalog {
    /// The experiment `id`, or an error that suggests a close one.
    static func require(_ id: String) throws(LabError) -> any Experiment {
        guard let experiment = experiment(id.lowercased()) else {
            throw .usage(
                "unknown experiment '\(id)'",
                hint: Suggestion.hint(for: id, in: ids) ?? "type 'experiments' for the list")
        }
        return experiment
    }
}
