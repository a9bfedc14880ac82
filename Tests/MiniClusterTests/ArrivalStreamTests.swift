import Testing

@testable import MiniCluster

/// Records the time of each arrival of one stream.
private struct Arrivals: SimulationModel {
    enum Event { case arrival }
    var stream: ArrivalStream
    var times: [SimTime] = []

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        stream.arrive(.arrival, scheduler: &scheduler)
        times.append(scheduler.now)
    }

    static func run(_ stream: ArrivalStream) throws -> [SimTime] {
        var simulation = Simulation(model: Arrivals(stream: stream))
        simulation.model.stream.start(.arrival, scheduler: &simulation.scheduler)
        try simulation.run(maxEvents: 100_000)
        return simulation.model.times
    }
}

@Suite struct ArrivalStreamTests {
    @Test("A stream arrives at zero, then at the times PoissonArrivals draws from the same seed")
    func sameDraws() throws {
        let times = try Arrivals.run(
            ArrivalStream(profile: .constant(perSecond: 100), random: RandomSource(seed: 4), limit: 50))
        var reference = PoissonArrivals(profile: .constant(perSecond: 100), random: RandomSource(seed: 4))
        var expected = [SimTime.zero]
        while expected.count < 50 { expected.append(reference.next(after: expected.last!)) }
        #expect(times == expected)
    }

    @Test("A stream stops scheduling at its end time, and after its limit of arrivals")
    func bounds() throws {
        let end = SimTime.seconds(2)
        let timed = try Arrivals.run(
            ArrivalStream(profile: .constant(perSecond: 1000), random: RandomSource(seed: 8), until: end))
        #expect(timed.allSatisfy { $0 < end })
        #expect(abs(timed.count - 2000) < 200)
        let counted = try Arrivals.run(
            ArrivalStream(profile: .constant(perSecond: 1000), random: RandomSource(seed: 8), limit: 7))
        #expect(counted.count == 7)
        #expect(Array(timed.prefix(7)) == counted)
    }
}
