import MiniCluster

/// The sticky and stateless runs of `sessions` side by side, and round robin beside the chosen policy.
struct SessionsOutcome {
    let sticky: SessionsModel
    let stateless: SessionsModel
    let chosenSticky: Bool
    /// The chosen design with round robin (the chosen run itself when the policy is round robin).
    let roundRobin: SessionsModel

    var chosen: SessionsModel { chosenSticky ? sticky : stateless }
    var policy: Balancer.Policy { chosen.setup.policy }

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

    static func p99(_ model: SessionsModel) -> Double { model.latencies.percentileMilliseconds(99) }

    func report(values: ParameterValues) -> Report {
        let metrics = metrics(values: values)
        let tables = [designs.table] + (policy == .roundRobin ? [] : [policies.table])
        return Report(metrics: metrics, tables: tables, charts: [perServerChart], findings: findings(metrics))
    }

    private var designs: Comparison<SessionsModel> {
        Comparison(
            title: Localized(en: "Sticky sessions vs shared session store", ko: "스티키 세션과 공유 세션 저장소"),
            runs: [(Localized(verbatim: "sticky"), sticky), (Localized(verbatim: "stateless"), stateless)],
            rows: [
                .text(Localized(en: "sessions lost at the crash", ko: "장애 때 잃은 세션")) {
                    "\($0.lost) (\(MetricText.format(Self.lostPercent($0).mean))%)"
                },
                .text(Localized(en: "requests failed before detection", ko: "알아채기 전 실패한 요청")) { String($0.failed) },
                .number(Localized(en: "new server's share, first 10 s (%)", ko: "새 서버의 처음 10초 몫 (%)")) {
                    Self.newServerShare($0)
                },
                .number(Localized(en: "busiest ÷ average, last minute", ko: "마지막 1분 최대 ÷ 평균"), Self.imbalance)
            ])
    }

    private var policies: Comparison<SessionsModel> {
        Comparison(
            title: Localized(
                en: "Round robin vs \(policy.rawValue), same design", ko: "라운드 로빈과 \(policy.rawValue), 같은 설계"),
            runs: [(Localized(verbatim: "round_robin"), roundRobin), (Localized(verbatim: policy.rawValue), chosen)],
            rows: [
                .number(Localized(en: "p99 response time (ms)", ko: "p99 응답 시간 (ms)"), Self.p99),
                .number(Localized(en: "requests to the session's last server (%)", ko: "세션의 직전 서버로 간 요청 (%)")) {
                    $0.keptPercent
                },
                .text(Localized(en: "requests failed", ko: "실패한 요청")) { String($0.failed) },
                .number(Localized(en: "busiest ÷ average, last minute", ko: "마지막 1분 최대 ÷ 평균"), Self.imbalance)
            ])
    }

    private var perServerChart: Chart {
        let end = chosen.setup.end
        let series = chosen.perServer.indices.filter { $0 < chosen.up.count }.map { index in
            Series(
                Localized(en: "server \(index + 1)", ko: "서버 \(index + 1)"),
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
