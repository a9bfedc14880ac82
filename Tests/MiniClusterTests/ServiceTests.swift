import MiniCluster
import Testing

@Suite struct ServiceTests {
    private func service(workers: Int = 1, queue: Int = 10) -> Service<String> {
        Service(
            lanes: [WorkerPool(workers: workers, queueCapacity: queue)], clientTimeout: .seconds(1),
            callTimeout: .milliseconds(300))
    }

    @Test("A request a worker takes starts at once, the next one waits, and a full queue rejects at once")
    func admission() {
        var service = service(queue: 1)
        guard case .started(let first) = service.arrive("a", at: .zero) else { return #expect(Bool(false)) }
        guard case .queued(let second) = service.arrive("b", at: .zero) else { return #expect(Bool(false)) }
        guard case .rejected(let answer) = service.arrive("c", at: .seconds(0.1)) else { return #expect(Bool(false)) }
        #expect(answer.payload == "c" && !answer.succeeded && answer.latency == .zero)
        #expect(service.waiting() == 1)
        let handoff = service.finish(first, failed: false, at: .seconds(0.2))
        #expect(handoff.answer.succeeded && handoff.answer.latency == .seconds(0.2))
        #expect(handoff.next == second && service.payload(second) == "b")
    }

    @Test("An answer after the client timeout fails and its latency is cut at the timeout")
    func lateAnswerFails() {
        var service = service()
        guard case .started(let id) = service.arrive("a", at: .zero) else { return #expect(Bool(false)) }
        let answer = service.finish(id, failed: false, at: .seconds(3)).answer
        #expect(!answer.succeeded && answer.latency == .seconds(1))
    }

    @Test("Waiting requests whose callers gave up are answered as failures and skipped, in queue order")
    func abandonedAreSkipped() {
        var service = service()
        guard case .started(let first) = service.arrive("a", at: .zero) else { return #expect(Bool(false)) }
        service.arrive("b", at: .zero)
        service.arrive("c", at: .seconds(0.5))
        guard case .queued(let fresh) = service.arrive("d", at: .seconds(1.5)) else { return #expect(Bool(false)) }
        let handoff = service.finish(first, failed: false, at: .seconds(1.8))
        #expect(handoff.abandoned.map(\.payload) == ["b", "c"])
        #expect(handoff.abandoned.allSatisfy { !$0.succeeded && $0.latency == .seconds(1) })
        #expect(handoff.next == fresh)
        #expect(service.finish(fresh, failed: true, at: .seconds(1.9)).next == nil)
    }

    @Test("Lanes are separate bulkheads: a full lane rejects while another still takes work")
    func lanesAreSeparate() {
        var service = Service<Int>(
            lanes: [WorkerPool(workers: 1, queueCapacity: 0), WorkerPool(workers: 1, queueCapacity: 0)],
            clientTimeout: .seconds(1))
        service.arrive(0, lane: 0, at: .zero)
        guard case .rejected = service.arrive(1, lane: 0, at: .zero) else { return #expect(Bool(false)) }
        guard case .started = service.arrive(2, lane: 1, at: .zero) else { return #expect(Bool(false)) }
    }

    @Test("A dependency call longer than the call timeout is cut there and fails; a shorter one keeps its outcome")
    func callTimeout() {
        let service = service()
        #expect(service.call(taking: .milliseconds(500), failed: false) == (.milliseconds(300), true))
        #expect(service.call(taking: .milliseconds(100), failed: false) == (.milliseconds(100), false))
        #expect(service.call(taking: .milliseconds(100), failed: true) == (.milliseconds(100), true))
    }

    @Test("Across 200 seeds every request gets exactly one answer and no worker is lost")
    func everyRequestAnsweredOnce() {
        for seed: UInt64 in 1...200 {
            var random = RandomSource(seed: seed)
            var service = Service<Int>(
                lanes: [WorkerPool(workers: 2, queueCapacity: 3)], clientTimeout: .milliseconds(50))
            var running: [Int] = []
            var answered = 0
            var now = SimTime.zero
            for request in 0..<300 {
                now += .milliseconds(Double(random.next() % 20))
                if !running.isEmpty, random.next() % 2 == 0 {
                    let handoff = service.finish(running.removeFirst(), failed: false, at: now)
                    answered += 1 + handoff.abandoned.count
                    if let next = handoff.next { running.append(next) }
                }
                switch service.arrive(request, at: now) {
                case .started(let id): running.append(id)
                case .queued: break
                case .rejected: answered += 1
                }
                #expect(running.count <= 2, "seed \(seed): \(running.count) requests on 2 workers")
            }
            while !running.isEmpty {
                let handoff = service.finish(running.removeFirst(), failed: false, at: now)
                answered += 1 + handoff.abandoned.count
                if let next = handoff.next { running.append(next) }
            }
            #expect(answered == 300 && service.waiting() == 0, "seed \(seed): \(answered) answers")
        }
    }
}
