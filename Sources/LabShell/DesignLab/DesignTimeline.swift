import Design
import Experiments
import LabText

/// A scenario's story over time: each changed node's state as a band, latency and errors as lines.
enum DesignTimeline {
    static let states = [
        Localized(en: "up", ko: "정상"), Localized(en: "slow", ko: "느림"), Localized(en: "down", ko: "다운"),
        Localized(en: "promoted", ko: "승격"), Localized(en: "cut off", ko: "분단됨")
    ]

    /// A band per node whose state changed, then one per guarded edge's breaker.
    static func timelines(_ timeline: TimelineResult) -> [Timeline] {
        let end = timeline.bucketSeconds * Double(timeline.errorRates.count)
        let nodes = timeline.nodeStates.map { node in
            Timeline(
                title: Localized(en: "\(node.id) state", ko: "\(node.id) 상태"), states: states,
                segments: segments(node.changes, end: end), timeUnit: "s")
        }
        let breakers = timeline.breakerStates.map { breaker in
            Timeline(
                title: Localized(en: "breaker \(breaker.edge)", ko: "서킷 브레이커 \(breaker.edge)"),
                states: breakerStates, segments: segments(breaker.changes, end: end), timeUnit: "s")
        }
        return nodes + breakers
    }

    static let breakerStates = [
        Localized(en: "closed", ko: "닫힘"), Localized(en: "open", ko: "열림"), Localized(en: "half-open", ko: "반열림")
    ]

    private static func segments(_ changes: [(time: Double, state: Int)], end: Double) -> [Timeline.Segment] {
        changes.indices.map { index in
            Timeline.Segment(
                start: changes[index].time, end: index + 1 < changes.count ? changes[index + 1].time : end,
                state: changes[index].state)
        }
    }

    static func charts(_ timeline: TimelineResult) -> [Chart] {
        let x = { (bucket: Int) in (Double(bucket) + 0.5) * timeline.bucketSeconds }
        let latency = Series(
            "mean_ms",
            points: timeline.meanLatencyMilliseconds.indices.map { .init(x($0), timeline.meanLatencyMilliseconds[$0]) })
        let errors = Series(
            "errors_%", points: timeline.errorRates.indices.map { .init(x($0), timeline.errorRates[$0] * 100) })
        return [
            .line(
                LineChart(
                    title: Localized(en: "Latency over time", ko: "시간에 따른 지연"), x: Localized(en: "time", ko: "시간"),
                    xUnit: "s", y: Localized(en: "mean latency", ko: "평균 지연"), yUnit: "ms", series: [latency])),
            .line(
                LineChart(
                    title: Localized(en: "Errors over time", ko: "시간에 따른 오류"), x: Localized(en: "time", ko: "시간"),
                    xUnit: "s", y: Localized(en: "failed", ko: "실패"), yUnit: "%", series: [errors]))
        ]
    }
}
