import MiniCluster

/// The sticky and stateless runs of `sessions` side by side.
struct SessionsOutcome {
    let sticky: SessionsModel
    let stateless: SessionsModel
    let chosenSticky: Bool

    var chosen: SessionsModel { chosenSticky ? sticky : stateless }
    static func lostPercent(_ model: SessionsModel) -> Double {
        model.activeAtCrash == 0 ? 0 : Double(model.lost) / Double(model.activeAtCrash) * 100
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

    func report(experiment: SessionsExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let servers = Double(chosen.setup.servers)
        let metrics = [
            Metric("sessions_lost", Double(chosen.lost), Localized(en: "sessions lost when server 2 crashed", ko: "서버 2가 죽을 때 잃은 세션")),
            Metric("sessions_lost_pct", Self.lostPercent(chosen), unit: "%", Localized(en: "share of active sessions lost", ko: "활성 세션 중 잃은 비율")),
            Metric("expected_lost_pct", chosenSticky ? 100 / servers : 0, unit: "%", Localized(en: "the crashed server's share (sticky) or none (stateless)", ko: "죽은 서버의 몫 (sticky) 또는 0 (stateless)")),
            Metric("failed_requests", Double(chosen.failed), Localized(en: "requests sent to the dead server before it was noticed", ko: "죽은 서버를 알아채기 전에 그리로 간 요청")),
            Metric("relogins", Double(chosen.relogins), Localized(en: "users who had to log in again later", ko: "나중에 다시 로그인해야 한 사용자")),
            Metric("new_server_share_pct", Self.newServerShare(chosen), unit: "%", Localized(en: "the new server's share of requests in its first 10 s", ko: "새 서버가 처음 10초 동안 받은 요청의 비율")),
            Metric("imbalance", Self.imbalance(chosen), Localized(en: "busiest ÷ average server, last minute", ko: "마지막 1분 동안 가장 바쁜 서버 ÷ 평균")),
            Metric("sessions_lost_sticky", Double(sticky.lost), Localized(en: "sessions lost, sticky", ko: "잃은 세션, sticky")),
            Metric("sessions_lost_stateless", Double(stateless.lost), Localized(en: "sessions lost, stateless", ko: "잃은 세션, stateless")),
        ]
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [comparison], charts: [perServerChart], findings: findings)
    }

    private var comparison: ReportTable {
        func row(_ label: Localized, _ value: (SessionsModel) -> String) -> [Localized] {
            [label, Localized(verbatim: value(sticky)), Localized(verbatim: value(stateless))]
        }
        return ReportTable(
            title: Localized(en: "Sticky sessions vs shared session store", ko: "스티키 세션과 공유 세션 저장소"),
            columns: [Localized(en: "quantity", ko: "항목"), Localized(verbatim: "sticky"), Localized(verbatim: "stateless")],
            rows: [
                row(Localized(en: "sessions lost at the crash", ko: "장애 때 잃은 세션")) { "\($0.lost) (\(MetricText.format(Self.lostPercent($0)))%)" },
                row(Localized(en: "new server's share, first 10 s (%)", ko: "새 서버의 처음 10초 몫 (%)")) { MetricText.format(Self.newServerShare($0)) },
                row(Localized(en: "busiest ÷ average, last minute", ko: "마지막 1분 최대 ÷ 평균")) { MetricText.format(Self.imbalance($0)) },
            ])
    }

    private var perServerChart: Chart {
        let end = chosen.setup.end
        let series = chosen.perServer.indices.filter { $0 < chosen.up.count }.map { index in
            Series("server \(index + 1)", points: chosen.perServer[index].sums(until: end).map { Series.Point($0.time, $0.value) })
        }
        return .line(LineChart(title: Localized(en: "Requests per second on each server (\(chosenSticky ? "sticky" : "stateless"))",
                                                ko: "서버별 초당 요청 (\(chosenSticky ? "sticky" : "stateless"))"),
                               x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "requests", ko: "요청"), yUnit: "req/s", series: series))
    }

    private var findings: [Localized] {
        let n = sticky.setup.servers
        var findings = [Localized(
            en: "When server 2 of \(n) crashed, sticky sessions lost \(sticky.lost) of \(sticky.activeAtCrash) active sessions (\(MetricText.format(Self.lostPercent(sticky)))%, about its 1/\(n) share): those users were logged out. The shared store lost \(stateless.lost).",
            ko: "서버 \(n)대 중 2번이 죽자 스티키 세션은 활성 세션 \(sticky.activeAtCrash)개 중 \(sticky.lost)개(\(MetricText.format(Self.lostPercent(sticky)))%, 대략 그 서버의 몫 1/\(n))를 잃었고 그 사용자들은 로그아웃되었습니다. 공유 저장소는 \(stateless.lost)개를 잃었습니다.")]
        if sticky.requestsAfterAdd > 0 {
            findings.append(Localized(
                en: "In its first 10 s the new server took \(MetricText.format(Self.newServerShare(sticky)))% of requests with sticky sessions (only brand-new sessions go there) and \(MetricText.format(Self.newServerShare(stateless)))% when stateless (its full share at once).",
                ko: "새 서버는 처음 10초 동안 스티키 세션에서는 요청의 \(MetricText.format(Self.newServerShare(sticky)))%만(새로 생긴 세션만 그리로 감), 무상태에서는 \(MetricText.format(Self.newServerShare(stateless)))%(제 몫을 곧바로)를 받았습니다."))
        }
        return findings
    }
}
