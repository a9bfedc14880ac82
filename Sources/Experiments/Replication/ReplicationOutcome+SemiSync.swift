import MiniCluster

extension ReplicationOutcome {
    /// Semi-sync on the old primary up to the failover (if there was one), then on the promoted one.
    static func semiSyncParts(_ model: ReplicationModel, end: SimTime) -> [SemiSyncTimeline] {
        guard let failover = model.failover else { return [model.semiSyncTimeline(from: 1, until: end)] }
        return [failover.semiSync, model.semiSyncTimeline(from: failover.promotedReceived + 1, until: end)]
    }

    /// The semi-sync acknowledgement of each write that survived, in version order from version 1.
    static func survivingAcks(_ parts: [SemiSyncTimeline], failover: ReplicationFailover?) -> [SemiSyncTimeline.Ack?] {
        guard let failover, parts.count == 2 else { return parts.flatMap(\.acks) }
        return Array(parts[0].acks.prefix(failover.promotedReceived)) + parts[1].acks
    }

    /// The fallback's numbers, reported when a timeout or a replica outage was asked for.
    var semiSyncMetrics: [Metric] {
        let setup = model.setup
        let outage = setup.outage
        return [
            Metric(
                "semisync_timeout_ms", setup.semiSyncTimeout?.milliseconds ?? 0, unit: "ms",
                Localized(en: "semi-sync wait before falling back (0: forever)", ko: "반동기가 비동기로 바꾸기 전 기다리는 시간 (0: 끝까지)")
            ),
            Metric(
                "replica_outage_s", outage.map { ($0.end - $0.start).seconds } ?? 0, unit: "s",
                Localized(en: "how long the replication link was cut", ko: "복제 링크가 끊긴 시간")),
            Metric(
                "replicas_down", Double(outage?.replicas ?? 0),
                Localized(en: "replicas whose link was cut", ko: "링크가 끊긴 복제본 수")),
            Metric(
                "semisync_fallbacks", Double(semiSync.map(\.fallbacks).reduce(0, +)),
                Localized(en: "times semi-sync fell back to async", ko: "반동기가 비동기로 바뀐 횟수")),
            Metric(
                "semisync_async_s", semiSync.map(\.asyncTime.seconds).reduce(0, +), unit: "s",
                Localized(en: "time semi-sync spent as async", ko: "반동기가 비동기로 지낸 시간")),
            Metric(
                "acked_while_async", Double(semiSync.map(\.unconfirmed).reduce(0, +)),
                Localized(
                    en: "writes semi-sync acknowledged with no replica's confirmation",
                    ko: "반동기가 복제본 확인 없이 완료를 알린 쓰기")),
            Metric(
                "semisync_on_at_end", isSemiSyncOnAtEnd ? 1 : 0,
                Localized(en: "1 when semi-sync was on at the end", ko: "끝날 때 반동기였으면 1")),
            Metric(
                "write_max_semisync_ms", writeLatency("semisync").maxMilliseconds, unit: "ms",
                Localized(en: "slowest semi-sync write acknowledgement", ko: "가장 느린 반동기 쓰기 확인"))
        ]
    }

    /// When semi-sync ran as semi-sync and when as async, one band per primary.
    var semiSyncTimeline: Timeline {
        var segments: [Timeline.Segment] = []
        var cursor = SimTime.zero
        for period in semiSync.flatMap(\.asyncPeriods) {
            segments.append(Timeline.Segment(start: cursor.seconds, end: period.start.seconds, state: 0))
            segments.append(Timeline.Segment(start: period.start.seconds, end: period.end.seconds, state: 1))
            cursor = period.end
        }
        segments.append(Timeline.Segment(start: cursor.seconds, end: end.seconds, state: 0))
        return Timeline(
            title: Localized(en: "Semi-sync on the primary", ko: "마스터의 반동기 상태"),
            states: [Localized(en: "semi-sync", ko: "반동기"), Localized(en: "fell back to async", ko: "비동기로 바뀜")],
            segments: segments.filter { $0.end > $0.start }, timeUnit: "s")
    }
}

extension ReplicationOutcome {
    /// Whether the last primary was running semi-sync (not fallen back) when the run ended.
    var isSemiSyncOnAtEnd: Bool {
        guard let last = semiSync.last?.asyncPeriods.last else { return true }
        return last.end < end
    }

    /// What the fallback did, each said only when its numbers bear it out.
    func semiSyncFindings(_ list: inout FindingList) {
        let fellBack = MetricRef("semisync_fallbacks") > 0
        list.say(
            "replication.semisync_fallback", when: fellBack,
            Localized(
                en:
                    "No replica acknowledged within {semisync_timeout_ms} ms, so semi-sync fell back to async {semisync_fallbacks} times, {semisync_async_s} s in all: {acked_while_async} writes were acknowledged with no replica's confirmation, and the writes caught waiting took up to {write_max_semisync_ms} ms (semi-sync write p99 {write_p99_semisync_ms} ms).",
                ko:
                    "{semisync_timeout_ms} ms 안에 확인해 준 복제본이 없어서 반동기가 비동기로 {semisync_fallbacks}번 바뀌었고, 모두 {semisync_async_s}초 동안 비동기로 지냈습니다. 쓰기 {acked_while_async}건은 복제본 확인 없이 완료를 알렸고, 그사이 기다리던 쓰기는 최대 {write_max_semisync_ms} ms가 걸렸습니다 (반동기 쓰기 p99 {write_p99_semisync_ms} ms)."
            ))
        list.say(
            "replication.semisync_resumed", when: fellBack && MetricRef("semisync_on_at_end") == 1,
            Localized(
                en:
                    "Once a replica acknowledged a write committed after the fallback, its stream had caught up, and the primary went back to semi-sync.",
                ko: "비동기로 바뀐 뒤 커밋된 쓰기를 복제본이 확인해 주면 그 복제본이 밀린 쓰기를 따라잡았다는 뜻이므로, 마스터는 다시 반동기로 돌아갔습니다."))
        if model.failover != nil { fallbackLost(&list) }
        list.say(
            "replication.semisync_stall",
            when: MetricRef("semisync_timeout_ms") == 0 && MetricRef("write_max_semisync_ms") >= 1000,
            Localized(
                en:
                    "With no timeout (semisync_timeout=0) semi-sync never acknowledged a write no replica had, but while the link was cut writes waited: the slowest took {write_max_semisync_ms} ms.",
                ko:
                    "시간 제한이 없으면(semisync_timeout=0) 반동기는 복제본에 없는 쓰기를 완료로 알리지 않지만, 링크가 끊긴 동안 쓰기가 기다렸습니다. 가장 느린 쓰기는 {write_max_semisync_ms} ms가 걸렸습니다."
            ))
        list.say(
            "replication.semisync_one_left",
            when: MetricRef("replicas_down") > 0 && MetricRef("replicas_down") < MetricRef("replicas") && !fellBack,
            Localized(
                en:
                    "Only {replicas_down} of {replicas} replicas lost the link: the others kept acknowledging, so semi-sync, which waits for one, never needed its timeout.",
                ko: "복제본 {replicas}개 중 {replicas_down}개만 링크를 잃었습니다. 나머지가 계속 확인해 주었으므로 하나만 기다리는 반동기는 시간 제한까지 갈 일이 없었습니다."
            ))
    }
}

extension ReplicationOutcome {
    /// Said when a failover happened: whether semi-sync's fallback let it lose acknowledged writes.
    private func fallbackLost(_ list: inout FindingList) {
        list.say(
            "replication.semisync_fallback_lost", when: MetricRef("lost_writes_semisync") > 0,
            Localized(
                en:
                    "The primary died after semi-sync had fallen back: the promoted replica lacked {lost_writes_semisync} writes that semi-sync had acknowledged, so this failover lost them as async would have ({lost_writes_async}).",
                ko:
                    "반동기가 비동기로 바뀐 뒤에 마스터가 죽었습니다. 승격된 복제본에는 반동기가 완료를 알린 쓰기 {lost_writes_semisync}건이 없었으므로, 이번 장애 조치는 비동기처럼({lost_writes_async}건) 그 쓰기를 잃었습니다."
            ))
    }
}
