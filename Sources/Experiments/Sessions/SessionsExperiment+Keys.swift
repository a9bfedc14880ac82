import MiniCluster

extension SessionsExperiment {
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let mode = ParameterKey<String>(
            "mode", choices: ["sticky", "stateless"], default: "sticky",
            Localized(
                en: "sticky: sessions in server memory; stateless: in a shared store",
                ko: "sticky: 서버 메모리의 세션, stateless: 공유 저장소의 세션"))
        static let policy = ParameterKey<String>(
            "policy", choices: Balancer.Policy.taught.map(\.rawValue), default: Balancer.Policy.roundRobin.rawValue,
            Localized(
                en: "how the balancer picks a server: round_robin, least_conn, p2c (two choices) or hash",
                ko: "로드 밸런서가 서버를 고르는 방식: round_robin, least_conn, p2c(두 개 중 나은 쪽), hash(일관 해싱)"))
        static let servers = ParameterKey<Int>(
            "servers", 2...64, default: 3, Localized(en: "servers at the start", ko: "처음 서버 수"))
        static let logins = ParameterKey<Double>(
            "logins", 0.1...10_000, default: 5, unit: "sessions/s",
            Localized(en: "new sessions per second", ko: "초당 새 세션"))
        static let session = ParameterKey<Double>(
            "session", 1...36_000, default: 300, unit: "s", Localized(en: "mean session length", ko: "평균 세션 길이"))
        static let think = ParameterKey<Double>(
            "think", 0.01...3600, default: 2, unit: "s",
            Localized(en: "mean time between a user's requests", ko: "사용자 요청 사이의 평균 간격"))
        static let work = ParameterKey<Double>(
            "work", 0...10_000, default: 0, unit: "ms",
            Localized(
                en: "mean time a server works on one request (0: no time)",
                ko: "서버가 요청 하나를 처리하는 평균 시간 (0: 시간이 들지 않음)"))
        static let slow = ParameterKey<Double>(
            "slow", 1...100, default: 1,
            Localized(en: "server 1 works this many times longer per request", ko: "서버 1이 요청마다 이만큼 더 오래 처리함(배수)"))
        static let crashAt = ParameterKey<Double>(
            "crash_at", 0...36_000, default: 120, unit: "s",
            Localized(en: "when server 2 crashes (0: never)", ko: "서버 2가 죽는 시각 (0: 안 죽음)"))
        static let addAt = ParameterKey<Double>(
            "add_at", 0...36_000, default: 180, unit: "s",
            Localized(en: "when a new server joins (0: never)", ko: "새 서버가 합류하는 시각 (0: 안 함)"))
        static let detect = ParameterKey<Double>(
            "detect", 0...600, default: 3, unit: "s",
            Localized(
                en: "health-check delay before the balancer avoids a dead server",
                ko: "로드 밸런서가 죽은 서버를 피하기까지의 헬스 체크 지연"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...36_000, default: 300, unit: "s", Localized(en: "length of the run", ko: "실행 길이"))
    }
}

extension Balancer.Policy {
    /// The four policies the lessons teach (random is left to the design lab).
    static let taught: [Balancer.Policy] = [.roundRobin, .leastConnections, .powerOfTwoChoices, .consistentHash]
}
