import MiniCluster

/// One experiment's event budget shared by its sub-runs (with and without a breaker, one per
/// retry policy ...): each gets an equal part, shortens its horizon to fit it, and stops there.
struct RunBudget {
    /// The control each sub-run is given, with its part of the budget.
    let control: RunControl

    /// How many `load` events one event of these models costs.
    // NB: measured on a release build: a breaker, cache or queue event (a request dictionary,
    // log-normal samples, a message queue) takes about 4× a load event, so each gets a quarter.
    static let eventCost = 4

    /// - Parameter eventCost: how many `load` events one of this model's events costs.
    init(_ control: RunControl, runs: Int, eventCost: Int = Self.eventCost) {
        var part = control
        part.eventBudget = max(1, control.eventBudget / (max(1, runs) * eventCost))

        self.control = part
    }

    /// The seconds of traffic that fit in one sub-run at `eventsPerSecond`.
    func seconds(asked: Double, eventsPerSecond: Double) -> Double {
        control.horizon(asked: asked, eventsPerUnit: eventsPerSecond)
    }

    /// Runs `simulation` (until `limit`, if given) within one sub-run's budget; returns whether it
    /// stopped at the budget with events left.
    func run<Model>(_ simulation: inout Simulation<Model>, until limit: SimTime? = nil) throws -> Bool {
        try simulation.run(until: limit, maxEvents: control.eventBudget, control: control)
        return simulation.scheduler.handled >= control.eventBudget && simulation.scheduler.pending > 0
    }
}

/// What the budget did to an experiment's runs: events handled, seconds simulated of those asked,
/// and whether a run stopped at its budget with work left.
struct RunCost {
    var events = 0
    var askedSeconds: Double
    var simulatedSeconds: Double
    var cut = false

    init(askedSeconds: Double = 0, simulatedSeconds: Double = 0) {
        self.askedSeconds = askedSeconds
        self.simulatedSeconds = simulatedSeconds
    }

    /// Adds another part's events and cut (one replication of several).
    mutating func add(_ other: RunCost) {
        events += other.events
        cut = cut || other.cut
    }

    /// Adds one sub-run's events and whether it was cut.
    mutating func add<Model>(_ simulation: Simulation<Model>, cut: Bool) {
        events += simulation.scheduler.handled
        self.cut = self.cut || cut
    }

    var metrics: [Metric] {
        [
            Metric("events", Double(events), Localized(en: "simulated events, all runs", ko: "처리한 이벤트 수, 모든 실행")),
            Metric("asked_s", askedSeconds, unit: "s", Localized(en: "seconds of traffic asked for", ko: "요청한 트래픽 시간")),
            Metric(
                "simulated_s", simulatedSeconds, unit: "s",
                Localized(
                    en: "seconds of traffic simulated (the event budget may cut them)",
                    ko: "시뮬레이션한 트래픽 시간 (이벤트 한도가 줄일 수 있음)")),
            Metric(
                "budget_cut", cut ? 1 : 0,
                Localized(
                    en: "1 when a run stopped at its event budget with work left", ko: "실행이 일을 남긴 채 이벤트 한도에서 멈추면 1"))
        ]
    }

    /// Says that the run was shortened, when it was.
    static func sayShortened(_ list: inout FindingList, experiment id: String) {
        list.say(
            "\(id).shortened", when: MetricRef("simulated_s") < MetricRef("asked_s") || MetricRef("budget_cut") == 1,
            Localized(
                en:
                    "This run was cut to fit one run's event budget ({events} events): it simulated {simulated_s} of the {asked_s} s asked for (budget_cut={budget_cut}), so windows after that are not in it.",
                ko:
                    "이번 실행은 한 번의 이벤트 한도({events}개)에 맞게 줄었습니다. 요청한 {asked_s}초 가운데 {simulated_s}초만 시뮬레이션했으므로 (budget_cut={budget_cut}) 그 뒤의 구간은 들어 있지 않습니다."
            ))
    }
}

extension RunControl {
    /// A sweep's share of one run's event budget, which its steps then share equally.
    // NB: the steps run on both cores, and a default `load` sweep at the whole budget took about
    // 150 ms of computing (release, two cores) against a target of 110. 75% brings it under and
    // keeps `cachepatterns` steps longer than their TTL; fewer events widen each step's intervals.
    static let sweepShare = 0.75

    /// This control with a sweep's budget: `sweepShare` of this one's.
    var sweep: RunControl {
        var control = self
        control.eventBudget = max(1, Int(Double(eventBudget) * Self.sweepShare))
        return control
    }
}
