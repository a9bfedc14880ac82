import MiniCluster

/// The sticky and stateless runs of `sessions` side by side.
struct SessionsOutcome {
    let sticky: SessionsModel
    let stateless: SessionsModel
    let chosenSticky: Bool

    var chosen: SessionsModel { chosenSticky ? sticky : stateless }

    /// The share of active sessions lost, with a 95% binomial (Wald) interval over the sessions active at the crash.
    static func lostPercent(_ model: SessionsModel) -> Estimate {
        guard model.activeAtCrash > 0 else { return Estimate(mean: 0, halfWidth: 0) }
        let n = Double(model.activeAtCrash)
        let p = Double(model.lost) / n
        return Estimate(mean: p * 100, halfWidth: 1.96 * (p * (1 - p) / n).squareRoot() * 100)
    }
    static func newServerShare(_ model: SessionsModel) -> Double {
        model.requestsAfterAdd == 0 ? 0 : Double(model.newServerRequests) / Double(model.requestsAfterAdd) * 100
    }

    /// Busiest ÷ average requests per live server over the last minute of the run.
    static func imbalance(_ model: SessionsModel) -> Double {
        let end = model.setup.end
        let totals = model.perServer.indices.compactMap { index -> Double? in
            guard index < model.up.count, model.up[index] else { return nil }
            return model.perServer[index].sums(until: end).suffix(60).reduce(0) { $0 + $1.value }
        }
        let mean = totals.reduce(0, +) / Double(max(totals.count, 1))
        return mean == 0 ? 1 : (totals.max() ?? 0) / mean
    }

    func report(values: ParameterValues) -> Report {
        let servers = Double(chosen.setup.servers)
        let metrics = [
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
                    ko: "죽은 서버의 몫 (sticky) 또는 0 (stateless)")),
            Metric(
                "detect_s", chosen.setup.detection.seconds, unit: "s",
                Localized(en: "health-check delay", ko: "상태 확인 지연")),
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
                Localized(en: "users who had to log in again later", ko: "나중에 다시 로그인해야 한 사용자")),
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
                Localized(en: "sessions lost, stateless", ko: "잃은 세션, stateless")),
            Metric(
                "simulated_seconds", chosen.setup.end.seconds, unit: "s",
                Localized(en: "seconds simulated (the event budget may cut the run)", ko: "시뮬레이션한 시간 (이벤트 한도가 줄일 수 있음)")
            ),
            Metric(
                "asked_seconds", values[SessionsExperiment.Key.seconds], unit: "s",
                Localized(en: "seconds asked for", ko: "요청한 시간")),
            Metric(
                "events", Double(sticky.events + stateless.events),
                Localized(en: "simulated events, both designs", ko: "처리한 이벤트 수, 두 설계 합"))
        ]
        return Report(metrics: metrics, tables: [comparison], charts: [perServerChart], findings: findings(metrics))
    }

    private var comparison: ReportTable {
        func row(_ label: Localized, _ value: (SessionsModel) -> String) -> [Localized] {
            [label, Localized(verbatim: value(sticky)), Localized(verbatim: value(stateless))]
        }
        return ReportTable(
            title: Localized(en: "Sticky sessions vs shared session store", ko: "스티키 세션과 공유 세션 저장소"),
            columns: [
                Localized(en: "quantity", ko: "항목"), Localized(verbatim: "sticky"), Localized(verbatim: "stateless")
            ],
            rows: [
                row(Localized(en: "sessions lost at the crash", ko: "장애 때 잃은 세션")) {
                    "\($0.lost) (\(MetricText.format(Self.lostPercent($0).mean))%)"
                },
                row(Localized(en: "requests failed before detection", ko: "알아채기 전 실패한 요청")) { String($0.failed) },
                row(Localized(en: "new server's share, first 10 s (%)", ko: "새 서버의 처음 10초 몫 (%)")) {
                    MetricText.format(Self.newServerShare($0))
                },
                row(Localized(en: "busiest ÷ average, last minute", ko: "마지막 1분 최대 ÷ 평균")) {
                    MetricText.format(Self.imbalance($0))
                }
            ])
    }

    private var perServerChart: Chart {
        let end = chosen.setup.end
        let series = chosen.perServer.indices.filter { $0 < chosen.up.count }.map { index in
            Series(
                "server \(index + 1)",
                points: chosen.perServer[index].sums(until: end).map { Series.Point($0.time, $0.value) })
        }
        return .line(
            LineChart(
                title: Localized(
                    en: "Requests per second on each server (\(chosenSticky ? "sticky" : "stateless"))",
                    ko: "서버별 초당 요청 (\(chosenSticky ? "sticky" : "stateless"))"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "requests", ko: "요청"), yUnit: "req/s",
                series: series))
    }
}
