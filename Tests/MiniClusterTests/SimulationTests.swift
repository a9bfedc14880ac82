import Testing

@testable import MiniCluster

/// A model that logs which event ran when.
struct Recorder: SimulationModel {
    enum Event {
        case mark(String)
        case chain(Int)
    }
    var log: [String] = []

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        switch event {
        case .mark(let name): log.append("\(name)@\(scheduler.now.nanoseconds)")
        case .chain(let left):
            log.append("chain\(left)@\(scheduler.now.nanoseconds)")
            if left > 0 { scheduler.schedule(.chain(left - 1), after: SimTime(nanoseconds: 10)) }
        }
    }
}

@Suite struct SimulationTests {
    @Test("Events at the same time run in the order they were scheduled")
    func tiesKeepInsertionOrder() throws {
        var simulation = Simulation(model: Recorder())
        for name in ["c", "a", "b"] { simulation.scheduler.schedule(.mark(name), at: SimTime(nanoseconds: 5)) }
        simulation.scheduler.schedule(.mark("first"), at: SimTime(nanoseconds: 1))
        try simulation.run()
        #expect(simulation.model.log == ["first@1", "c@5", "a@5", "b@5"])
    }

    @Test("A run stops at its time limit with the clock at the limit, and can continue")
    func timeLimit() throws {
        var simulation = Simulation(model: Recorder())
        simulation.scheduler.schedule(.chain(5), at: .zero)
        try simulation.run(until: SimTime(nanoseconds: 25))
        #expect(simulation.model.log == ["chain5@0", "chain4@10", "chain3@20"])
        #expect(simulation.scheduler.now == SimTime(nanoseconds: 25))
        try simulation.run()
        #expect(simulation.model.log.last == "chain0@50")
    }

    @Test("A run stops after the given number of events")
    func eventLimit() throws {
        var simulation = Simulation(model: Recorder())
        simulation.scheduler.schedule(.chain(100), at: .zero)
        try simulation.run(maxEvents: 7)
        #expect(simulation.scheduler.handled == 7)
    }

    @Test("Cancelled events never run")
    func cancel() throws {
        var simulation = Simulation(model: Recorder())
        let id = simulation.scheduler.schedule(.mark("timeout"), at: SimTime(nanoseconds: 3))
        simulation.scheduler.schedule(.mark("reply"), at: SimTime(nanoseconds: 2))
        simulation.scheduler.cancel(id)
        try simulation.run()
        #expect(simulation.model.log == ["reply@2"])
    }

    @Test("A cancelled run throws RunCancelled instead of running on")
    func cancellation() {
        var simulation = Simulation(model: Recorder())
        simulation.scheduler.schedule(.chain(1_000_000), at: .zero)
        #expect(throws: RunCancelled.self) {
            try simulation.run(control: RunControl(isCancelled: { true }))
        }
        #expect(simulation.scheduler.handled < 10_000)
    }
}
