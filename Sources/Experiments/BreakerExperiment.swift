import MiniCluster

/// `breaker`: a circuit breaker fails fast while a dependency is sick, so the rest of the service survives.
package struct BreakerExperiment: Experiment {
    package init() {}

    package let id = "breaker"
    package let section = "3.2"
    package let summary = Localized(en: "Circuit breaker: closed → open → half-open → closed, and the cascade it stops",
                                    ko: "서킷 브레이커: 닫힘 → 열림 → 반열림 → 닫힘, 그리고 브레이커가 막는 연쇄 장애")
    package let parameters = BreakerParameters.all
    package let sweepPlot = SweepPlot(x: "latency", y: ["healthy_incident_success_on_pct", "healthy_incident_success_off_pct"])

    package func run(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let configuration = BreakerParameters.configuration(values)
        let trace = values.choice("trace")
        if !trace.isEmpty, let outcomes = CircuitBreaker.trace(trace) {
            var breaker = CircuitBreaker(configuration)
            let steps = breaker.replay(outcomes, gap: .milliseconds(values.real("gap")))
            return BreakerTraceReport(steps: steps, breaker: breaker).report(experiment: self, values: values, seed: seed)
        }
        let budget = RunBudget(control, runs: 2)
        let perSecond = Self.eventsPerRequest * (values.real("rate") + values.real("healthy_rate"))
        var cost = RunCost(askedSeconds: values.real("seconds"),
                           simulatedSeconds: budget.seconds(asked: values.real("seconds"), eventsPerSecond: perSecond))
        let with = try simulate(values, breaker: configuration, seed: seed, budget: budget, cost: &cost)
        let without = try simulate(values, breaker: nil, seed: seed, budget: budget, cost: &cost)
        return BreakerOutcome(with: with, without: without, values: values, cost: cost).report(experiment: self, values: values, seed: seed)
    }

    /// Events one request costs: its arrival, its dependency answer or work, and its completion.
    static let eventsPerRequest = 3.0

    private func simulate(_ values: ParameterValues, breaker: CircuitBreakerConfiguration?, seed: UInt64,
                          budget: RunBudget, cost: inout RunCost) throws -> BreakerModel {
        let start = SimTime.seconds(values.real("at"))
        let setup = BreakerModel.Setup(
            rates: (values.real("healthy_rate"), values.real("rate")), workers: values.integer("workers"),
            callTimeout: .milliseconds(values.real("timeout")), clientTimeout: .milliseconds(values.real("client_timeout")),
            incident: start..<(start + .seconds(values.real("duration"))), incidentFailure: values.real("failure"),
            incidentLatencyMs: values.real("latency"), end: .seconds(cost.simulatedSeconds), breaker: breaker)
        var simulation = Simulation(model: BreakerModel(setup: setup, seed: seed))
        simulation.scheduler.schedule(.arrival(.healthy), at: .zero)
        simulation.scheduler.schedule(.arrival(.dependent), at: .zero)
        cost.add(simulation, cut: try budget.run(&simulation))
        return simulation.model

    }
}
