import Testing

@testable import MiniCluster

@Suite struct WorkerPoolTests {
    @Test("Requests start while workers are free, then queue, then are rejected when the queue is full")
    func admission() {
        var pool = WorkerPool(workers: 2, queueCapacity: 1)
        #expect(
            [pool.arrive(1), pool.arrive(2), pool.arrive(3), pool.arrive(4)] == [.started, .started, .queued, .rejected]
        )
        #expect(pool.finish() == 3)
        #expect(pool.finish() == nil)
        #expect(pool.inSystem == 1)
    }

    @Test("A crashed server fails its queued requests, serves nothing until it recovers")
    func crash() {
        var pool = WorkerPool(workers: 1)
        _ = pool.arrive(1)
        _ = pool.arrive(2)
        _ = pool.arrive(3)
        #expect(pool.crash() == [2, 3])
        #expect(pool.inSystem == 0)
        #expect(pool.arrive(4) == .rejected)
        pool.recover()
        #expect(pool.arrive(5) == .started)
    }
}

@Suite struct NetworkAndFaultTests {
    @Test("A partition cuts nodes in different groups off until it heals")
    func partition() {
        var link = NetworkLink(latency: .constant(2), random: RandomSource(seed: 1))
        link.partition([0, 0, 1])
        #expect(link.send(from: 0, to: 1) == .milliseconds(2))
        #expect(link.send(from: 0, to: 2) == nil)
        link.heal()
        #expect(link.send(from: 2, to: 0) == .milliseconds(2))
    }

    @Test("Random loss drops about the given share of messages")
    func loss() {
        var link = NetworkLink(latency: .constant(1), loss: 0.1, random: RandomSource(seed: 9))
        let lost = (0..<50_000).filter { _ in link.send(from: 0, to: 1) == nil }.count
        #expect(abs(Double(lost) / 50_000 - 0.1) < 0.006)
    }

    @Test("Failures and repairs alternate with the MTBF/MTTR availability in the long run")
    func failureSchedule() {
        var schedule = FailureSchedule(mtbf: .seconds(900), mttr: .seconds(100), random: RandomSource(seed: 2))
        var time = SimTime.zero
        var down = 0.0
        for _ in 0..<20_000 {
            let failure = schedule.nextFailure(after: time)
            time = schedule.repair(after: failure)
            down += (time - failure).seconds
        }
        #expect(abs((1 - down / time.seconds) - schedule.steadyStateAvailability) < 0.005)
        #expect(schedule.steadyStateAvailability == 0.9)
    }

    @Test("A spike raises the arrival rate only inside its window")
    func spike() {
        var arrivals = PoissonArrivals(
            profile: .spike(base: 100, peak: 1000, from: .seconds(10), to: .seconds(20)),
            random: RandomSource(seed: 4))
        var time = SimTime.zero
        var before = 0
        var during = 0
        while time < .seconds(20) {
            time = arrivals.next(after: time)
            if time < .seconds(10) { before += 1 } else if time < .seconds(20) { during += 1 }
        }
        #expect(abs(Double(before) - 1000) < 100)
        #expect(abs(Double(during) - 10_000) < 300)
    }
}

@Suite struct RecorderTests {
    @Test("Percentiles come from the HDR histogram within its precision; the mean is exact")
    func latency() {
        var recorder = LatencyRecorder()
        for ms in 1...100 { recorder.record(.milliseconds(Double(ms))) }
        #expect(recorder.count == 100)
        #expect(recorder.meanMilliseconds == 50.5)
        #expect(abs(recorder.percentileMilliseconds(50) - 50) < 0.1)
        #expect(abs(recorder.percentileMilliseconds(99) - 99) < 0.1)
        #expect(recorder.bucketCounts(edgesMilliseconds: [0, 50.5, 100.5]) == [50, 50])
    }

    @Test("Buckets past one hour count nothing, and the one holding one hour counts the latencies clamped to it")
    func bucketsPastTheRange() {
        var recorder = LatencyRecorder()
        recorder.record(.seconds(30))
        recorder.record(.seconds(7_200))
        let hour = 3_600_000.0
        #expect(
            recorder.bucketCounts(edgesMilliseconds: [0, hour * 0.9, hour * 1.1, hour * 1.2, hour * 1.3]) == [
                1, 1, 0, 0
            ])
    }

    @Test("A state timeline merges repeated states and measures time in each")
    func timeline() {
        var timeline = StateTimeline(initial: 0)
        timeline.enter(1, at: .seconds(2))
        timeline.enter(1, at: .seconds(3))
        timeline.enter(2, at: .seconds(5))
        #expect(timeline.changes.count == 3)
        #expect(timeline.duration(in: 1, until: .seconds(10)) == .seconds(3))
        #expect(timeline.segments(until: .seconds(10)).last?.end == .seconds(10))
    }

    @Test("A time series averages per interval and sums per interval")
    func series() {
        var series = TimeSeries(interval: .seconds(1))
        series.add(2, at: .milliseconds(100))
        series.add(4, at: .milliseconds(900))
        series.add(10, at: .milliseconds(2500))
        #expect(series.means.map(\.value) == [3, 10])
        #expect(series.sums(until: .seconds(3)).map(\.value) == [6, 0, 10])
    }
}

@Suite struct ArrivalCurveTests {
    @Test("A daily curve swings the rate between its low and high values over one period")
    func dailyCurve() {
        let day = RateProfile.daily(low: 10, high: 110, period: .seconds(100))
        #expect(day.rate(at: .zero) == 10)
        #expect(abs(day.rate(at: .seconds(50)) - 110) < 1e-9)
        #expect(abs(day.rate(at: .seconds(25)) - 60) < 1e-9)
        #expect(day.peak == 110)
    }

}
