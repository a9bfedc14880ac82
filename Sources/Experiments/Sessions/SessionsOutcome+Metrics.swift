import MiniCluster

extension SessionsOutcome {
    /// Every metric of the report: the crash and its detection first, then the new server, the policy, the run.
    func metrics(values: ParameterValues) -> [Metric] {
        crashMetrics(values: values) + detectionMetrics + newServerMetrics + policyMetrics + runMetrics(values: values)
    }

    /// The crash: what was asked, what happened, and the sessions it took.
    private func crashMetrics(values: ParameterValues) -> [Metric] {
        let servers = Double(chosen.setup.servers)
        return [
            Metric(
                "sticky", chosenSticky ? 1 : 0,
                Localized(en: "sessions are sticky (1) or in a shared store (0)", ko: "세션이 sticky(1) 또는 공유 저장소(0)")),
            Metric(
                "crashed_share_pct", 100 / servers, unit: "%",
                Localized(en: "one server's share, 1/N", ko: "서버 한 대의 몫, 1/N")),
            Metric("servers", servers, Localized(en: "servers at the start", ko: "처음 서버 수")),
            Metric(
                "crashed", chosen.crashed ? 1 : 0,
                Localized(en: "server 2 crashed within the run (1 yes)", ko: "실행 중 서버 2가 죽음 (1 예)")),
            Metric(
                "crash_asked", values[SessionsExperiment.Key.crashAt] > 0 ? 1 : 0,
                Localized(en: "a crash was asked for (1 yes)", ko: "장애를 요청함 (1 예)")),
            Metric(
                "sessions_lost", Double(chosen.lost),
                Localized(en: "sessions lost when server 2 crashed", ko: "서버 2가 죽을 때 잃은 세션")),
            Metric(
                "sessions_lost_pct", Self.lostPercent(chosen), unit: "%",
                Localized(en: "share of active sessions lost", ko: "활성 세션 중 잃은 비율")),
            Metric(
                "expected_lost_pct", chosenSticky ? 100 / servers : 0, unit: "%",
                Localized(
                    en: "the crashed server's share (sticky) or none (stateless)",
                    ko: "죽은 서버의 몫 (sticky) 또는 0 (stateless)"))
        ]
    }

    /// The health check's delay and the requests the dead server got meanwhile.
    private var detectionMetrics: [Metric] {
        let servers = Double(chosen.setup.servers)
        return [
            Metric(
                "detect_s", chosen.setup.detection.seconds, unit: "s",
                Localized(en: "health-check delay", ko: "헬스 체크 지연")),
            Metric(
                "failed_requests", Double(chosen.failed),
                Localized(en: "requests sent to the dead server", ko: "죽은 서버로 간 요청")),
            Metric(
                "window_requests", Double(chosen.windowRequests),
                Localized(en: "requests sent while the crash was not yet detected", ko: "장애를 알아채기 전에 보낸 요청")),
            Metric(
                "expected_failed_requests", Double(chosen.windowRequests) / servers,
                Localized(
                    en: "window requests ÷ servers: the dead server's round-robin share",
                    ko: "그 사이 요청 ÷ 서버 수: 죽은 서버의 라운드 로빈 몫")),
            Metric(
                "relogins", Double(chosen.relogins),
                Localized(en: "users who had to log in again later", ko: "나중에 다시 로그인해야 한 사용자"))
        ]
    }

    /// The new server's first seconds, and what each design lost.
    private var newServerMetrics: [Metric] {
        [
            Metric(
                "new_server_share_pct", Self.newServerShare(chosen), unit: "%",
                Localized(en: "the new server's share of requests in its first 10 s", ko: "새 서버가 처음 10초 동안 받은 요청의 비율")),
            Metric(
                "new_server_share_sticky_pct", Self.newServerShare(sticky), unit: "%",
                Localized(en: "the new server's first-10-s share, sticky", ko: "새 서버의 처음 10초 몫, sticky")),
            Metric(
                "new_server_share_stateless_pct", Self.newServerShare(stateless), unit: "%",
                Localized(en: "the new server's first-10-s share, stateless", ko: "새 서버의 처음 10초 몫, stateless")),
            Metric(
                "new_server_requests", Double(sticky.requestsAfterAdd),
                Localized(
                    en: "requests in the new server's first 10 s (sticky run)", ko: "새 서버의 처음 10초 동안의 요청 (sticky 실행)")),
            Metric(
                "imbalance", Self.imbalance(chosen),
                Localized(en: "busiest ÷ average server, last minute", ko: "마지막 1분 동안 가장 바쁜 서버 ÷ 평균")),
            Metric(
                "active_at_crash_sticky", Double(sticky.activeAtCrash),
                Localized(en: "sessions active at the crash, sticky", ko: "장애 때 활성 세션, sticky")),
            Metric(
                "sessions_lost_sticky", Double(sticky.lost), Localized(en: "sessions lost, sticky", ko: "잃은 세션, sticky")
            ),
            Metric(
                "sessions_lost_sticky_pct", Self.lostPercent(sticky), unit: "%",
                Localized(en: "share lost, sticky", ko: "잃은 비율, sticky")),
            Metric(
                "sessions_lost_stateless", Double(stateless.lost),
                Localized(en: "sessions lost, stateless", ko: "잃은 세션, stateless"))
        ]
    }

    /// What the balancer's policy changes, beside the same design with round robin.
    private var policyMetrics: [Metric] {
        [
            Metric(
                "policy", Double(Balancer.Policy.taught.firstIndex(of: policy) ?? 0),
                Localized(
                    en: "balancer policy (0 round_robin, 1 least_conn, 2 p2c, 3 hash)",
                    ko: "로드 밸런서 분배 방식 (0 round_robin, 1 least_conn, 2 p2c, 3 hash)")),
            Metric(
                "slow", chosen.setup.slow,
                Localized(en: "how many times longer server 1 works", ko: "서버 1의 처리 시간 배수")),
            Metric(
                "p99_ms", Self.p99(chosen), unit: "ms",
                Localized(en: "99th percentile response time", ko: "응답 시간 백분위수 p99")),
            Metric(
                "p99_round_robin_ms", Self.p99(roundRobin), unit: "ms",
                Localized(en: "p99 of the same design with round robin", ko: "같은 설계를 라운드 로빈으로 돌린 p99")),
            Metric(
                "kept_pct", chosen.keptPercent, unit: "%",
                Localized(
                    en: "requests sent to their session's last server, crash to new server",
                    ko: "장애부터 새 서버 합류까지 세션의 직전 서버로 간 요청")),
            Metric(
                "kept_round_robin_pct", roundRobin.keptPercent, unit: "%",
                Localized(en: "the same share with round robin", ko: "라운드 로빈일 때의 같은 비율"))
        ]
    }

    private func runMetrics(values: ParameterValues) -> [Metric] {
        [
            Metric(
                "simulated_seconds", chosen.setup.end.seconds, unit: "s",
                Localized(en: "seconds simulated (the event budget may cut the run)", ko: "시뮬레이션한 시간 (이벤트 한도가 줄일 수 있음)")
            ),
            Metric(
                "asked_seconds", values[SessionsExperiment.Key.seconds], unit: "s",
                Localized(en: "seconds asked for", ko: "요청한 시간")),
            Metric(
                "events", Double(sticky.events + stateless.events + (policy == .roundRobin ? 0 : roundRobin.events)),
                Localized(en: "simulated events, every run", ko: "처리한 이벤트 수, 모든 실행의 합"))
        ]
    }
}
