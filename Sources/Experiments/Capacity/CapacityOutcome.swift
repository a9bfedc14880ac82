/// The report of a `capacity` run: each derived number with its formula, step by step.
struct CapacityOutcome {
    let estimate: CapacityEstimate

    /// The steps of the chapter, in order: each a list of metrics whose labels end in their formula.
    var steps: [[Metric]] { [traffic, storage, cache, servers, database, availability, cost] }

    func report() -> Report {
        let metrics = steps.flatMap { $0 }
        return Report(metrics: metrics, findings: findings(metrics))
    }

    /// A metric labelled `meaning = formula` in both languages.
    static func line(_ name: String, _ value: Double, unit: String = "", _ formula: String, _ meaning: Localized)
        -> Metric
    {
        line(name, value, unit: unit, Localized(verbatim: formula), meaning)
    }

    /// A metric labelled `meaning = formula`, the formula itself in words of each language.
    static func line(_ name: String, _ value: Double, unit: String = "", _ formula: Localized, _ meaning: Localized)
        -> Metric
    {
        Metric(
            name, value, unit: unit, Localized(en: meaning.en + " = " + formula.en, ko: meaning.ko + " = " + formula.ko)
        )
    }
}

extension CapacityOutcome {
    /// Minutes a year a tier of `availability` is down.
    static func minutesPerYear(_ availability: Double) -> Double {
        CapacityEstimate.downtimeMinutes(availability).year
    }
}
