extension SessionsOutcome {
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        let share =
            MetricRef("sessions_lost_sticky_pct").lower <= MetricRef("crashed_share_pct") * 1.25
            && MetricRef("sessions_lost_sticky_pct").upper >= MetricRef("crashed_share_pct") * 0.75
        list.say(
            "sessions.sticky_lost", when: MetricRef("crashed") == 1 && MetricRef("active_at_crash_sticky") > 0 && share,
            Localized(
                en:
                    "When server 2 of {servers} crashed, sticky sessions lost {sessions_lost_sticky} of {active_at_crash_sticky} active sessions ({sessions_lost_sticky_pct}%, about its 1/N share of {crashed_share_pct}%): those users were logged out. The shared store lost {sessions_lost_stateless}.",
                ko:
                    "서버 {servers}대 중 2번이 죽자 스티키 세션은 활성 세션 {active_at_crash_sticky}개 중 {sessions_lost_sticky}개({sessions_lost_sticky_pct}%, 대략 그 서버의 몫 1/N = {crashed_share_pct}%)를 잃었고 그 사용자들은 로그아웃되었습니다. 공유 저장소는 {sessions_lost_stateless}개를 잃었습니다."
            ))
        crashFindings(&list)
        list.say(
            "sessions.new_server",
            when: MetricRef("new_server_requests") > 0
                && MetricRef("new_server_share_sticky_pct") < MetricRef("new_server_share_stateless_pct"),
            Localized(
                en:
                    "In its first 10 s the new server took {new_server_share_sticky_pct}% of requests with sticky sessions (only brand-new sessions go there) and {new_server_share_stateless_pct}% when stateless (its full share at once).",
                ko:
                    "새 서버는 처음 10초 동안 스티키 세션에서는 요청의 {new_server_share_sticky_pct}%만(새로 생긴 세션만 그리로 감), 무상태에서는 {new_server_share_stateless_pct}%(제 몫을 곧바로)를 받았습니다."
            ))
        list.say(
            "sessions.capped", when: MetricRef("simulated_seconds") < MetricRef("asked_seconds"),
            Localized(
                en:
                    "This many sessions fill one run's event budget after {simulated_seconds} of the {asked_seconds} s asked: the run stopped there.",
                ko: "이만큼의 세션이면 요청한 {asked_seconds}초 가운데 {simulated_seconds}초에서 한 번의 실행에 주어진 이벤트 한도가 찹니다. 실행은 거기서 멈췄습니다."
            ))
        policyFindings(&list)
        return list.findings
    }

    /// What the requests routed to the crashed server say about the health check.
    private func crashFindings(_ list: inout FindingList) {
        let near =
            MetricRef("failed_requests") >= MetricRef("expected_failed_requests") * 0.8
            && MetricRef("failed_requests") <= MetricRef("expected_failed_requests") * 1.2
        list.say(
            "sessions.detection_window",
            when: MetricRef("sticky") == 0 && MetricRef("policy") == 0 && MetricRef("crashed") == 1
                && MetricRef("failed_requests") > 0 && near,
            Localized(
                en:
                    "Until the health check noticed the crash ({detect_s} s), the balancer kept sending server 2 requests: {failed_requests} failed in that window, near the {expected_failed_requests} its round-robin share predicts. Even stateless servers lose the requests of the detection window; a shorter health-check interval or a retry on another server hides them.",
                ko:
                    "헬스 체크가 장애를 알아채기까지({detect_s}초) 로드 밸런서는 서버 2로 요청을 계속 보냈습니다. 그 사이 {failed_requests}건이 실패했고, 라운드 로빈 몫으로 예상한 {expected_failed_requests}건에 가깝습니다. 무상태 서버도 감지 구간의 요청은 잃습니다. 헬스 체크 간격을 줄이거나 다른 서버로 재시도하면 감춰집니다."
            ))
        list.say(
            "sessions.detection_window_sticky",
            when: MetricRef("sticky") == 1 && MetricRef("crashed") == 1 && MetricRef("failed_requests") > 0,
            Localized(
                en:
                    "Until the health check noticed the crash ({detect_s} s), the balancer still pinned some new and re-logged-in sessions to server 2: {failed_requests} of their requests failed in that window. Run mode=stateless to see the window on its own.",
                ko:
                    "헬스 체크가 장애를 알아채기까지({detect_s}초) 로드 밸런서는 새 세션과 다시 로그인한 세션 일부를 여전히 서버 2에 묶었습니다. 그 사이 그 요청 {failed_requests}건이 실패했습니다. mode=stateless로 감지 구간만 따로 보세요."
            ))
        deadServerFindings(&list)
    }

    /// Where the requests to the dead server went during detection, and the runs without a crash.
    private func deadServerFindings(_ list: inout FindingList) {
        list.say(
            "sessions.busy_dead_server",
            when: MetricRef("sticky") == 0 && MetricRef("crashed") == 1
                && (MetricRef("policy") == 1 || MetricRef("policy") == 2)
                && MetricRef("failed_requests") < MetricRef("expected_failed_requests") * 0.5,
            Localized(
                en:
                    "Until the health check noticed the crash ({detect_s} s), only {failed_requests} requests went to the dead server against the {expected_failed_requests} of its round-robin share: a crashed machine does not answer, so each attempt stays open until its 1 s connect timeout, and a policy that counts requests in flight sees the dead server as busy and sends it less.",
                ko:
                    "헬스 체크가 장애를 알아채기까지({detect_s}초) 죽은 서버로 간 요청은 {failed_requests}건으로, 라운드 로빈 몫인 {expected_failed_requests}건보다 훨씬 적었습니다. 죽은 서버는 응답하지 않으므로 연결 시도마다 1초 연결 타임아웃까지 열려 있고, 처리 중인 요청을 세는 분배 방식은 그 서버를 바쁘다고 보고 덜 보냅니다."
            ))
        list.say(
            "sessions.instant_detection", when: MetricRef("crashed") == 1 && MetricRef("failed_requests") == 0,
            Localized(
                en:
                    "No request reached the dead server: the health check noticed the crash after {detect_s} s, before any request was routed there.",
                ko: "죽은 서버로 간 요청이 없었습니다. 헬스 체크가 {detect_s}초 만에 장애를 알아채 그 전에 그리로 간 요청이 없었습니다."))
        list.say(
            "sessions.no_crash", when: MetricRef("crash_asked") == 1 && MetricRef("crashed") == 0,
            Localized(
                en: "Server 2 was due to crash after the {simulated_seconds} s simulated, so nothing was lost.",
                ko: "서버 2의 장애 시각이 시뮬레이션한 {simulated_seconds}초 뒤라서 잃은 것이 없습니다."))
    }
}
