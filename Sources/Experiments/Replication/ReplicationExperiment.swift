import MiniCluster

/// `replication`: replicas scale reads; lag brings stale reads; async loses writes on failover.
package struct ReplicationExperiment: Experiment {
    package init() {}

    package let id = "replication"
    package let section = "2.2"
    package let summary = Localized(
        en: "Read replicas: read capacity, replication lag, stale reads, and writes lost on failover",
        ko: "읽기 복제본: 읽기 용량, 복제 지연, 오래된 읽기, 장애 조치 때 잃는 쓰기")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let replicas = ParameterKey<Int>(
            "replicas", 1...16, default: 2, Localized(en: "read replicas", ko: "읽기 복제본 수"))
        static let mode = ParameterKey<String>(
            "mode", choices: ["async", "semisync", "sync"], default: "async",
            Localized(en: "when the primary acknowledges a write", ko: "마스터가 쓰기 완료를 알리는 시점"))
        static let writes = ParameterKey<Double>(
            "writes", 0.1...100_000, default: 200, unit: "writes/s", Localized(en: "writes per second", ko: "초당 쓰기"))
        static let reads = ParameterKey<Double>(
            "reads", 0.1...1_000_000, default: 1500, unit: "reads/s", Localized(en: "reads per second", ko: "초당 읽기"))
        static let readCapacity = ParameterKey<Double>(
            "read_capacity", 1...1_000_000, default: 1000, unit: "reads/s",
            Localized(en: "reads one replica can serve", ko: "복제본 하나가 처리하는 읽기"))
        static let apply = ParameterKey<Double>(
            "apply", 1...1_000_000, default: 300, unit: "writes/s",
            Localized(en: "writes a replica can apply", ko: "복제본이 반영할 수 있는 쓰기"))
        static let delay = ParameterKey<Double>(
            "delay", 0.01...10_000, default: 10, unit: "ms",
            Localized(en: "mean network delay to a replica", ko: "복제본까지의 평균 네트워크 지연"))
        static let users = ParameterKey<Int>(
            "users", 1...1_000_000, default: 500, Localized(en: "users reading and writing", ko: "읽고 쓰는 사용자 수"))
        static let primaryAfterWrite = ParameterKey<Double>(
            "primary_after_write", 0...600_000, default: 0, unit: "ms",
            Localized(
                en: "read from the primary for this long after your own write (0: never)",
                ko: "자기가 쓴 뒤 이 시간 동안 마스터에서 읽기 (0: 안 함)"))
        static let failAt = ParameterKey<Double>(
            "fail_at", 0...3600, default: 20, unit: "s",
            Localized(en: "when the primary fails (0 or past the end: never)", ko: "마스터가 죽는 시각 (0이거나 끝 이후면 안 죽음)"))
        static let semiSyncTimeout = ParameterKey<Double>(
            "semisync_timeout", 0...600_000, default: 0, unit: "ms",
            Localized(
                en:
                    "how long semi-sync waits for a replica before falling back to async (rpl_semi_sync_master_timeout; 0: forever)",
                ko: "반동기가 비동기로 바꾸기 전에 복제본을 기다리는 시간 (rpl_semi_sync_master_timeout, 0: 끝까지)"))
        static let replicaDownAt = ParameterKey<Double>(
            "replica_down_at", 0...3600, default: 0, unit: "s",
            Localized(
                en: "when replicas lose their link to the primary (0: never)", ko: "복제본이 마스터와의 링크를 잃는 시각 (0: 안 잃음)"))
        static let replicaDownFor = ParameterKey<Double>(
            "replica_down_for", 0.001...3600, default: 10, unit: "s",
            Localized(en: "how long the link stays cut", ko: "링크가 끊겨 있는 시간"))
        static let replicasDown = ParameterKey<Int>(
            "replicas_down", 1...16, default: 1,
            Localized(en: "how many replicas lose the link (at most all)", ko: "링크를 잃는 복제본 수 (많아야 전부)"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...3600, default: 30, unit: "s", Localized(en: "length of the run", ko: "실행 길이"))
    }

    package let parameters = [
        Key.replicas.spec, Key.mode.spec, Key.writes.spec, Key.reads.spec,
        Key.readCapacity.spec, Key.apply.spec, Key.delay.spec, Key.users.spec, Key.primaryAfterWrite.spec,
        Key.failAt.spec, Key.semiSyncTimeout.spec, Key.replicaDownAt.spec, Key.replicaDownFor.spec,
        Key.replicasDown.spec,
        Key.seconds.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.replicas.name, y: ["read_p99_ms"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "Poisson writes and reads; each write goes to every replica on its own in-order stream (exponential network delay) and is applied in order at a fixed rate; each replica serves reads one at a time (exponential service); half the reads are a user's own key, half a random one; the write acknowledgement adds the round trip to one replica (semi-sync) or to all (sync); failover is instantaneous and promotes the replica that received the most. With semisync_timeout, semi-sync waits that long for the first acknowledgement (it takes as long to come back as the write took to arrive), then falls back to async, releasing the waiting writes, until a replica acknowledges a write committed after the fallback; sync has no timeout. replica_down_at cuts the link to replicas_down replicas for replica_down_for seconds: the primary resends what they missed, in order, once the link is back, and they keep serving ever staler reads meanwhile. A run stops early when it would exceed its event budget.",
        ko:
            "쓰기와 읽기는 포아송 도착입니다. 쓰기는 복제본마다 순서가 지켜지는 스트림(지수 분포 네트워크 지연)으로 가고 정해진 속도로 순서대로 반영됩니다. 복제본은 읽기를 하나씩 처리합니다(지수 분포). 읽기의 절반은 자기 키, 절반은 임의의 키입니다. 쓰기 확인에는 복제본 하나(반동기) 또는 모두(동기)까지의 왕복이 더해집니다. 장애 조치는 즉시 일어나며 가장 많이 받은 복제본을 승격합니다. semisync_timeout을 주면 반동기는 첫 확인을 그만큼 기다린 뒤(확인이 돌아오는 데는 쓰기가 도착하는 데 걸린 만큼 걸립니다) 비동기로 바꾸고 기다리던 쓰기를 놓아 줍니다. 비동기로 바뀐 뒤 커밋된 쓰기를 복제본이 확인해 주면 다시 반동기로 돌아갑니다. 동기에는 시간 제한이 없습니다. replica_down_at은 복제본 replicas_down개의 링크를 replica_down_for초 동안 끊습니다. 링크가 돌아오면 마스터가 빠진 쓰기를 순서대로 다시 보내고, 그동안 그 복제본은 점점 더 오래된 값으로 읽기를 처리합니다. 이벤트 한도를 넘으면 실행을 일찍 끝냅니다."
    )

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let eventsPerSecond = values[Key.writes] * Double(1 + 2 * values[Key.replicas]) + values[Key.reads] * 2 + 10
        let seconds = control.horizon(asked: values[Key.seconds], eventsPerUnit: eventsPerSecond)
        let end = SimTime.seconds(seconds)
        let setup = Self.setup(values, end: end)
        var simulation = Simulation(model: ReplicationModel(setup: setup, seed: seed))
        simulation.model.writes.start(.write, scheduler: &simulation.scheduler)
        simulation.model.reads.start(.read, scheduler: &simulation.scheduler)
        simulation.scheduler.schedule(.sample, at: .zero)
        if let failAt = setup.failAt { simulation.scheduler.schedule(.failover, at: failAt) }
        try simulation.run(until: end, control: control)
        return ReplicationOutcome(model: simulation.model, mode: values[Key.mode], end: end)
            .report(values: values, events: simulation.scheduler.handled)
    }

    /// The model's set-up for a run that ends at `end`: a failure or an outage past the end is none.
    static func setup(_ values: ParameterValues, end: SimTime) -> ReplicationModel.Setup {
        func within(_ seconds: Double) -> SimTime? { seconds > 0 && seconds < end.seconds ? .seconds(seconds) : nil }
        var setup = ReplicationModel.Setup(
            replicas: values[Key.replicas], writeRate: values[Key.writes], readRate: values[Key.reads],
            readCapacity: values[Key.readCapacity], applyRate: values[Key.apply], delayMs: values[Key.delay],
            users: values[Key.users], primaryAfterWrite: .milliseconds(values[Key.primaryAfterWrite]),
            failAt: within(values[Key.failAt]), end: end)
        let timeout = values[Key.semiSyncTimeout]
        setup.semiSyncTimeout = timeout > 0 ? .milliseconds(timeout) : nil
        if let start = within(values[Key.replicaDownAt]) {
            setup.outage = ReplicaOutage(
                start: start, end: start + .seconds(values[Key.replicaDownFor]),
                replicas: min(values[Key.replicasDown], values[Key.replicas]))
        }
        return setup
    }
}
