import MiniCluster

/// `replication`: replicas scale reads; lag brings stale reads; async loses writes on failover.
package struct ReplicationExperiment: Experiment {
    package init() {}

    package let id = "replication"
    package let section = "2.2"
    package let summary = Localized(en: "Read replicas: read capacity, replication lag, stale reads, and writes lost on failover",
                                    ko: "읽기 복제본: 읽기 용량, 복제 지연, 오래된 읽기, 장애 조치 때 잃는 쓰기")
    package let parameters = [
        ParameterSpec("replicas", .integer(1...16), default: .integer(2), Localized(en: "read replicas", ko: "읽기 복제본 수")),
        ParameterSpec("mode", .choice(["async", "semisync", "sync"]), default: .choice("async"),
                      Localized(en: "when the primary acknowledges a write", ko: "프라이머리가 쓰기 완료를 알리는 시점")),
        ParameterSpec("writes", .real(0.1...100_000), default: .real(200), unit: "writes/s", Localized(en: "writes per second", ko: "초당 쓰기")),
        ParameterSpec("reads", .real(0.1...1_000_000), default: .real(1500), unit: "reads/s", Localized(en: "reads per second", ko: "초당 읽기")),
        ParameterSpec("read_capacity", .real(1...1_000_000), default: .real(1000), unit: "reads/s", Localized(en: "reads one replica can serve", ko: "복제본 하나가 처리하는 읽기")),
        ParameterSpec("apply", .real(1...1_000_000), default: .real(300), unit: "writes/s", Localized(en: "writes a replica can apply", ko: "복제본이 반영할 수 있는 쓰기")),
        ParameterSpec("delay", .real(0.01...10_000), default: .real(10), unit: "ms", Localized(en: "mean network delay to a replica", ko: "복제본까지의 평균 네트워크 지연")),
        ParameterSpec("users", .integer(1...1_000_000), default: .integer(500), Localized(en: "users reading and writing", ko: "읽고 쓰는 사용자 수")),
        ParameterSpec("primary_after_write", .real(0...600_000), default: .real(0), unit: "ms",
                      Localized(en: "read from the primary for this long after your own write (0: never)", ko: "자기가 쓴 뒤 이 시간 동안 프라이머리에서 읽기 (0: 안 함)")),
        ParameterSpec("fail_at", .real(0...3600), default: .real(20), unit: "s", Localized(en: "when the primary fails (0: never)", ko: "프라이머리가 죽는 시각 (0: 안 죽음)")),
        ParameterSpec("seconds", .real(1...3600), default: .real(30), unit: "s", Localized(en: "length of the run", ko: "실행 길이")),
    ]
    package let sweepPlot = SweepPlot(x: "replicas", y: ["read_p99_ms"])

    package func run(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let end = SimTime.seconds(values.real("seconds"))
        let failAt = values.real("fail_at") > 0 ? min(SimTime.seconds(values.real("fail_at")), end) : nil
        let setup = ReplicationModel.Setup(
            replicas: values.integer("replicas"), writeRate: values.real("writes"), readRate: values.real("reads"),
            readCapacity: values.real("read_capacity"), applyRate: values.real("apply"), delayMs: values.real("delay"),
            users: values.integer("users"), primaryAfterWrite: .milliseconds(values.real("primary_after_write")),
            failAt: failAt, end: end)
        var simulation = Simulation(model: ReplicationModel(setup: setup, seed: seed))
        simulation.scheduler.schedule(.write, at: .zero)
        simulation.scheduler.schedule(.read, at: .zero)
        simulation.scheduler.schedule(.sample, at: .zero)
        if let failAt { simulation.scheduler.schedule(.failover, at: failAt) }
        try simulation.run(until: end, control: control)
        return ReplicationOutcome(model: simulation.model, mode: values.choice("mode"), end: end)
            .report(experiment: self, values: values, seed: seed)
    }
}
