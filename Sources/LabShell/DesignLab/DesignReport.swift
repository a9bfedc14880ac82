import Design
import Experiments
import LabText

/// Turns a design run into a `Report`, so `expect`, `compare`, `--json` and the report view work on
/// it as on any experiment (`expect DB_M.utilization < 0.7`).
enum DesignReport {
    static func make(_ outcome: DesignOutcome, language: Language, capacity: Double? = nil) -> Report {
        var metrics = self.metrics(outcome)
        if let capacity {
            metrics.insert(
                Metric(
                    "capacity_rps", capacity, unit: "req/s",
                    Localized(en: "highest load within the SLO", ko: "SLO를 지키는 최대 부하")), at: 1)
        }
        var report = Report(
            experiment: "design", seed: outcome.settings.seed, parameters: parameters(outcome), section: "2.1",
            metrics: metrics, tables: [nodeTable(outcome), classTable(outcome)])
        if let timeline = outcome.timeline {
            report.timelines = DesignTimeline.timelines(timeline)
            report.charts = DesignTimeline.charts(timeline)
        }
        report.findings = DesignFindings.findings(outcome, metrics: metrics)
        return report
    }

    /// The report as shown: per-node metrics are left to the Nodes table (they stay in the recorded
    /// report for `expect` and `--json`), so a large design does not print four rows per node.
    static func forDisplay(_ report: Report, design: Design) -> Report {
        let ids = Set(design.nodes.map(\.id))
        var shown = report
        shown.metrics = report.metrics.filter { metric in
            guard let dot = metric.name.lastIndex(of: ".") else { return true }
            return !ids.contains(String(metric.name[..<dot]))
        }
        return shown
    }

    private static func parameters(_ outcome: DesignOutcome) -> ParameterValues {
        let settings = outcome.settings
        var entries: [(name: String, value: ParameterValue)] = [("design", .choice(outcome.design))]
        entries.append(("load", settings.profile.map { .choice($0.name) } ?? .real(settings.rate)))
        entries.append(("reads", .real(settings.readShare)))
        entries.append(("requests", .integer(settings.requests)))
        if let scenario = settings.scenario { entries.append(("scenario", .choice("\"\(scenario.text)\""))) }
        return ParameterValues(entries)
    }

    static func metrics(_ outcome: DesignOutcome) -> [Metric] {
        trafficMetrics(outcome) + classMetrics(outcome) + failureMetrics(outcome) + availabilityMetrics(outcome)
            + outcome.nodes.flatMap(nodeMetrics)
    }

    private static func trafficMetrics(_ outcome: DesignOutcome) -> [Metric] {
        [
            Metric("rate", outcome.settings.rate, unit: "req/s", Localized(en: "offered load", ko: "들어온 부하")),
            Metric(
                "throughput", outcome.throughput, unit: "req/s",
                Localized(en: "requests answered per second", ko: "초당 응답한 요청")),
            Metric("error_rate", outcome.errorRate, Localized(en: "share of requests that failed", ko: "실패한 요청 비율")),
            Metric("lost_jobs", Double(outcome.lostJobs), Localized(en: "asynchronous jobs lost", ko: "잃어버린 비동기 작업")),
            Metric(
                "p99_ms", max(outcome.read.p99.value, outcome.write.p99.value), unit: "ms",
                Localized(en: "p99 of the slower class", ko: "더 느린 요청 종류의 p99"))
        ]
    }

    private static func classMetrics(_ outcome: DesignOutcome) -> [Metric] {
        var metrics: [Metric] = []
        for (name, result) in [("read", outcome.read), ("write", outcome.write)] where result.count > 0 {
            let ko = name == "read" ? "읽기" : "쓰기"
            metrics += [
                Metric(
                    "\(name).p50_ms", result.p50.value, unit: "ms", Localized(en: "\(name) median", ko: "\(ko) 중앙값")),
                Metric("\(name).p95_ms", result.p95.value, unit: "ms", Localized(en: "\(name) p95", ko: "\(ko) p95")),
                Metric("\(name).p99_ms", result.p99.value, unit: "ms", Localized(en: "\(name) p99", ko: "\(ko) p99")),
                Metric(
                    "\(name).p99_ci_ms", result.p99.halfWidth, unit: "ms",
                    Localized(en: "\(name) p99 95% interval (±)", ko: "\(ko) p99의 95% 신뢰구간 (±)"))
            ]
        }
        return metrics
    }

    private static func availabilityMetrics(_ outcome: DesignOutcome) -> [Metric] {
        let availability = outcome.availability
        var metrics = [
            Metric(
                "availability", availability.overall, Localized(en: "availability from the graph", ko: "그래프로 계산한 가용성")),
            Metric("read.availability", availability.read, Localized(en: "availability of reads", ko: "읽기 가용성")),
            Metric("write.availability", availability.write, Localized(en: "availability of writes", ko: "쓰기 가용성")),
            Metric("nines", availability.nines, Localized(en: "number of nines", ko: "나인(9)의 개수")),
            Metric(
                "spof_count", Double(availability.singlePoints.count),
                Localized(en: "single points of failure", ko: "단일 장애점 수")),
            Metric("cost_month", outcome.cost.perMonth, unit: "$", Localized(en: "cost per month", ko: "월 비용")),
            Metric(
                "cost_per_million", outcome.cost.perMillionRequests, unit: "$",
                Localized(en: "cost per million requests", ko: "요청 100만 건당 비용"))
        ]
        if let simulated = outcome.availabilitySimulated, let nines = metrics.firstIndex(where: { $0.name == "nines" })
        {
            metrics.insert(contentsOf: simulatedMetrics(simulated), at: nines + 1)
        }
        return metrics
    }

    private static func nodeMetrics(_ node: NodeResult) -> [Metric] {
        var metrics: [Metric] = []
        if node.kind.serves {
            metrics += [
                Metric(
                    "\(node.id).utilization", node.utilization,
                    Localized(en: "\(node.id) busy share", ko: "\(node.id) 사용률")),
                Metric("\(node.id).queue", node.queue, Localized(en: "\(node.id) mean queue", ko: "\(node.id) 평균 대기열")),
                Metric(
                    "\(node.id).latency_ms", node.latencyMilliseconds, unit: "ms",
                    Localized(en: "\(node.id) time added", ko: "\(node.id)에서 더해진 시간"))
            ]
        }
        if let hit = node.hitRatio {
            metrics.append(
                Metric("\(node.id).hit_ratio", hit, Localized(en: "\(node.id) hit ratio", ko: "\(node.id) 적중률")))
        }
        return metrics
    }

    private static func nodeTable(_ outcome: DesignOutcome) -> ReportTable {
        let rows = outcome.nodes.filter { $0.kind.serves }.map { node -> [Localized] in
            [
                .init(verbatim: node.id), .init(verbatim: node.kind.rawValue),
                .init(verbatim: MetricText.format(node.utilization * 100) + "%"),
                .init(verbatim: MetricText.format(node.queue)),
                .init(verbatim: MetricText.format(node.latencyMilliseconds)),
                .init(verbatim: node.hitRatio.map { MetricText.format($0 * 100) + "%" } ?? "-"), NodeHealth.word(node)
            ]
        }
        return ReportTable(
            title: Localized(
                en: "Nodes (for expect: NODE.utilization, NODE.queue, NODE.latency_ms, NODE.hit_ratio)",
                ko: "노드 (expect에서는 NODE.utilization, NODE.queue, NODE.latency_ms, NODE.hit_ratio)"),
            columns: [
                .init(en: "node", ko: "노드"), .init(en: "kind", ko: "종류"), .init(en: "busy", ko: "사용률"),
                .init(en: "queue", ko: "대기열"), .init(en: "added ms", ko: "더한 ms"),
                .init(en: "hits", ko: "적중"), .init(en: "health", ko: "상태")
            ],
            rows: rows)
    }

    private static func classTable(_ outcome: DesignOutcome) -> ReportTable {
        let cell = { (estimate: Estimate) in
            Localized(verbatim: MetricText.format(estimate.value) + " ±" + MetricText.format(estimate.halfWidth))
        }
        let rows = [(Localized(en: "read", ko: "읽기"), outcome.read), (Localized(en: "write", ko: "쓰기"), outcome.write)]
            .filter { $0.1.count > 0 }
            .map { [$0.0, Localized(verbatim: String($0.1.count)), cell($0.1.p50), cell($0.1.p95), cell($0.1.p99)] }
        return ReportTable(
            title: Localized(en: "End to end (ms, 95% interval)", ko: "처음부터 끝까지 (ms, 95% 신뢰구간)"),
            columns: [
                .init(en: "class", ko: "종류"), .init(en: "requests", ko: "요청"), .init(verbatim: "p50"),
                .init(verbatim: "p95"), .init(verbatim: "p99")
            ],
            rows: rows)
    }
}
