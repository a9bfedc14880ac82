import Foundation
import LabText
import MiniCluster

/// Runs a design under a load and turns what the model saw into a `DesignOutcome`.
package enum DesignRunner {
    /// Runs `design`; a scenario naming a node the design lacks is an error.
    /// - Throws: `DesignError` for such a scenario, `RunCancelled` when the control stops the run.
    package static func run(_ design: Design, settings: RunSettings, control: RunControl = .unattended) throws
        -> DesignOutcome
    {
        let warmupSeconds = settings.scenario?.coldCache == true ? 0 : Double(settings.requests / 10) / settings.rate
        var simulation = Simulation(
            model: SystemModel(
                design: design, settings: settings,
                profile: rateProfile(settings, offset: warmupSeconds)))
        simulation.model.recorder.bucketWidth = settings.duration * 1.05 / Double(ClassRecorder.buckets)
        for event in settings.scenario?.events ?? [] {
            try schedule(
                event, design: design, offset: warmupSeconds, model: &simulation.model, in: &simulation.scheduler)
        }
        simulation.model.arrivals.start(.arrival, scheduler: &simulation.scheduler)
        try simulation.run(maxEvents: settings.requests * 60, control: control)
        return outcome(simulation.model, events: simulation.scheduler.handled, end: simulation.scheduler.now)
    }

    private static func rateProfile(_ settings: RunSettings, offset: Double) -> RateProfile {
        for case .spike(let factor, let at, let lasting) in settings.scenario?.events ?? [] {
            return .spike(
                base: settings.rate, peak: settings.rate * factor, from: .seconds(offset + at),
                to: .seconds(offset + at + lasting))
        }
        return .constant(perSecond: settings.rate)
    }

    private static func schedule(
        _ event: Scenario.Event, design: Design, offset: Double, model: inout SystemModel,
        in scheduler: inout Scheduler<SystemModel.Event>
    ) throws {
        switch event {
        case .kill(let id, let at): scheduler.schedule(.kill(node: try node(id, in: design)), at: .seconds(offset + at))
        case .slow(let id, let factor, let at):
            scheduler.schedule(.slow(node: try node(id, in: design), factor: factor), at: .seconds(offset + at))
        case .loseRegion(let region, let at):
            let nodes = design.nodes.indices.filter { design.nodes[$0].settings.region == region }
            guard !nodes.isEmpty else {
                throw DesignError(
                    file: "scenario=", line: 1, column: 1, sourceLine: "",
                    message: Localized(
                        en: "no node of \(design.file) is in region '\(region)'",
                        ko: "\(design.file)에 지역 '\(region)'의 노드가 없습니다"),
                    fix: "%% sim NODE: region=\(region)")
            }
            for node in nodes { scheduler.schedule(.kill(node: node), at: .seconds(offset + at)) }
        case .partition(let sides, let at, let lasting):
            for (side, names) in sides.enumerated() {
                for name in names {
                    let regional = design.nodes.indices.filter { design.nodes[$0].settings.region == name }
                    for node in regional.isEmpty ? [try node(name, in: design)] : regional {
                        model.partition.sides[node] = Int8(side)
                    }
                }
            }
            scheduler.schedule(.split, at: .seconds(offset + at))
            scheduler.schedule(.heal, at: .seconds(offset + at + lasting))
        case .spike, .coldCache: break
        }
    }

    private static func node(_ id: String, in design: Design) throws(DesignError) -> Int {
        if let kind = NodeKind.named(id), design.index(of: id) == nil, let first = design.nodes(of: kind).first {
            return first
        }
        guard let index = design.index(of: id) else {
            var error = DesignError(
                file: "scenario=", line: 1, column: 1, sourceLine: "",
                message: Localized(
                    en: "the scenario names '\(id)', which is not a node of \(design.file)",
                    ko: "시나리오의 '\(id)'은(는) \(design.file)의 노드가 아닙니다"))
            error.suggest(id, among: design.nodes.map(\.id))
            throw error
        }
        return index
    }

    static func outcome(_ model: SystemModel, events: Int, end: SimTime) -> DesignOutcome {
        let design = model.design
        let settings = model.settings
        let span = max(1e-9, (min(model.measureEnd, end) - model.measureStart).seconds)
        let nodes = design.nodes.indices.map { nodeResult($0, model: model, span: span) }
        let recorder = model.recorder
        let measured = recorder.succeededCount + recorder.failedCount
        let partitioned = model.partition.sides.contains { $0 >= 0 }
        var result = DesignOutcome(
            design: design.file, settings: settings, nodes: nodes,
            read: classResult(recorder.read, recorder.readBatches),
            write: classResult(recorder.write, recorder.writeBatches),
            throughput: Double(recorder.succeededCount) / span,
            errorRate: measured == 0 ? 0 : Double(recorder.failedCount) / Double(measured), lostJobs: recorder.lostJobs,
            lostWrites: model.lostWrites,
            semiSyncFallbacks: design.nodes.contains { $0.kind == .replica && $0.settings.replication == .semiSync }
                ? model.semiSyncFallbacks : nil,
            calls: CallCounts(
                timeouts: model.guards.timeouts, retries: model.guards.retries, breakerRejected: model.guards.rejected,
                guardedEdges: model.guards.edges.count { $0 != nil }),
            heldByPartition: partitioned ? model.partition.mostHeld : nil,
            refusedByPartition: partitioned ? model.partition.refused : nil,
            availability: AvailabilityAnalysis.analyse(design, readShare: settings.readShare),
            availabilitySimulated: AvailabilitySimulation.simulate(
                design, readShare: settings.readShare, seed: settings.seed),
            cost: cost(design, rate: settings.rate), bottleneck: BottleneckAnalysis.find(design, nodes: nodes),
            timeline: nil, events: events, peakInFlight: model.flights.capacity)
        if settings.scenario != nil { result.timeline = timeline(model) }
        return result
    }

    private static func nodeResult(_ node: Int, model: SystemModel, span: Double) -> NodeResult {
        let stats = model.stats[node]
        let settings = model.design.nodes[node].settings
        let serves = model.design.nodes[node].kind.serves
        return NodeResult(
            id: model.design.nodes[node].id, kind: model.design.nodes[node].kind,
            utilization: serves ? min(1, stats.busySeconds / (Double(settings.workers) * span)) : 0,
            offeredLoad: serves ? Double(stats.arrivals) * settings.service / (Double(settings.workers) * span) : 0,
            queue: stats.queueArea / span,
            latencyMilliseconds: stats.served == 0 ? 0 : stats.sojournSeconds / Double(stats.served) * 1_000,
            served: stats.served, rejected: stats.rejected,
            hitRatio: stats.lookups == 0 ? nil : Double(stats.hits) / Double(stats.lookups),
            up: model.pools[node]?.isUp ?? true,
            readShare: stats.served == 0 ? 0 : Double(stats.readsServed) / Double(stats.served))
    }

    private static func classResult(_ recorder: LatencyRecorder, _ batches: [LatencyRecorder]) -> ClassResult {
        let estimate = { (p: Double) in
            Estimate(
                value: recorder.percentileMilliseconds(p),
                batches: batches.filter { $0.count > 0 }.map { $0.percentileMilliseconds(p) })
        }
        return ClassResult(
            count: recorder.count, p50: estimate(50), p95: estimate(95), p99: estimate(99),
            mean: recorder.meanMilliseconds)
    }

    private static func cost(_ design: Design, rate: Double) -> CostResult {
        let perHour = design.nodes.reduce(0) { $0 + $1.settings.cost }
        return CostResult(
            perHour: perHour, perMonth: perHour * CostResult.hoursPerMonth,
            perMillionRequests: perHour / 3_600 / rate * 1e6)
    }

    private static func timeline(_ model: SystemModel) -> TimelineResult {
        let recorder = model.recorder
        let latency = (0..<ClassRecorder.buckets).map {
            recorder.bucketOK[$0] == 0 ? 0 : recorder.bucketLatency[$0] / Double(recorder.bucketOK[$0]) * 1_000
        }
        let errors = (0..<ClassRecorder.buckets).map { bucket -> Double in
            let total = recorder.bucketOK[bucket] + recorder.bucketFailed[bucket]
            return total == 0 ? 0 : Double(recorder.bucketFailed[bucket]) / Double(total)
        }
        let states = model.design.nodes.indices.filter { model.timeline.changes[$0].count > 1 }
            .map {
                (
                    id: model.design.nodes[$0].id,
                    changes: model.timeline.changes[$0].map { (time: $0.time, state: $0.state.rawValue) }
                )
            }
        return TimelineResult(
            bucketSeconds: recorder.bucketWidth, meanLatencyMilliseconds: latency, errorRates: errors,
            nodeStates: states, breakerStates: breakerStates(model))
    }

    /// Each guarded edge's breaker states, in the order the edges are written.
    private static func breakerStates(_ model: SystemModel) -> [(edge: String, changes: [(time: Double, state: Int)])] {
        let design = model.design
        return design.edges.indices.compactMap { index in
            guard let guarded = model.guards.edges[index], guarded.breaker != nil else { return nil }
            let edge = design.edges[index]
            return (
                edge: "\(design.nodes[edge.from].id) --> \(design.nodes[edge.to].id)",
                changes: guarded.states.changes.map { (time: $0.time.seconds, state: $0.state) }
            )
        }
    }
}
