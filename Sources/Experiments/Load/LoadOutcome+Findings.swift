extension LoadOutcome {
    /// What the run shows, each said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        list.say(
            "load.busy", when: MetricRef("mean_wait_ms") >= MetricRef("mean_response_ms") * 0.01,
            Localized(
                en:
                    "The servers were busy {utilization%}% of the time, and a request took {response_over_service}× its service time on average: the rest was waiting in line.",
                ko:
                    "서버는 시간의 {utilization%}% 동안 바빴고, 요청 하나는 평균적으로 처리 시간의 {response_over_service}배가 걸렸습니다. 나머지는 줄 서서 기다린 시간입니다."
            ))
        list.say(
            "load.no_wait", when: MetricRef("mean_wait_ms") < MetricRef("mean_response_ms") * 0.01,
            Localized(
                en:
                    "The servers were busy {utilization%}% of the time, and a request took {response_over_service}× its service time on average: almost no request had to wait.",
                ko:
                    "서버는 시간의 {utilization%}% 동안 바빴고, 요청 하나는 평균적으로 처리 시간의 {response_over_service}배가 걸렸습니다. 기다린 요청은 거의 없었습니다."
            ))
        theoryFindings(&list, metrics)
        loadFindings(&list)
        return list.findings
    }

    private func theoryFindings(_ list: inout FindingList, _ metrics: [Metric]) {
        if metrics.contains(where: { $0.name == "erlang_c_gap" }) {
            // NB: the clock ticks in nanoseconds, so a predicted wait under 1 ns (10⁻⁶ ms) cannot be measured.
            list.say(
                "load.erlang_c", when: MetricRef("offered_utilization") < 1 && MetricRef("erlang_c_wait_ms") >= 1e-6,
                Localized(
                    en:
                        "Erlang C predicts a mean wait of {erlang_c_wait_ms} ms; the simulation measured {mean_wait_ms} ms ({erlang_c_gap%}% apart).",
                    ko:
                        "얼랭 C 공식은 평균 대기 {erlang_c_wait_ms} ms를 예측하고, 시뮬레이션은 {mean_wait_ms} ms를 측정했습니다 (차이 {erlang_c_gap%}%)."
                ))
        }
    }

    private func loadFindings(_ list: inout FindingList) {
        list.say(
            "load.unstable", when: MetricRef("offered_utilization") >= 1,
            Localized(
                en:
                    "Offered load is {offered_utilization%}% of capacity: the system is unstable, the queue grows without bound and waits keep rising for as long as the run lasts.",
                ko: "들어오는 부하가 처리 용량의 {offered_utilization%}%입니다. 시스템이 불안정해 대기열이 끝없이 늘어나고 실행이 길어질수록 대기 시간도 계속 커집니다."))
        list.say(
            "load.knee",
            when: MetricRef("utilization") > 0.85 && MetricRef("p99_ms").lower > MetricRef("p50_ms").upper * 2,
            Localized(
                en:
                    "Above about 85% busy, each extra percent of load costs far more latency than the last: p99 is {p99_ms} ms against a median of {p50_ms} ms. Add servers before you get here.",
                ko:
                    "사용률이 85%쯤을 넘으면 부하가 1%씩 늘 때마다 지연은 훨씬 크게 늘어납니다. 중앙값 {p50_ms} ms에 비해 p99가 {p99_ms} ms입니다. 여기에 닿기 전에 서버를 늘리세요."
            ))
        list.say(
            "load.little",
            Localized(
                en:
                    "Little's law: {throughput_rps} req/s × {mean_response_ms} ms = {littles_law_l} requests in the system on average (measured {mean_in_system}).",
                ko:
                    "리틀의 법칙: {throughput_rps} req/s × {mean_response_ms} ms = 평균 {littles_law_l}개의 요청이 시스템 안에 있습니다 (측정값 {mean_in_system})."
            ))
        list.say(
            "load.capped", when: MetricRef("simulated_requests") < MetricRef("asked_requests"),
            Localized(
                en:
                    "The run simulated {simulated_requests} of the {asked_requests} requests asked for: that is what fits in one run's event budget.",
                ko: "요청한 {asked_requests}개 가운데 {simulated_requests}개만 시뮬레이션했습니다. 한 번의 실행에 주어진 이벤트 한도가 그만큼입니다."))
    }
}
