extension SessionsOutcome {
    /// What the chosen policy did beside round robin: shorter waits behind a slow server, or sessions
    /// that stay on their server.
    func policyFindings(_ list: inout FindingList) {
        let slowServer = MetricRef("slow") > 1 && MetricRef("p99_ms") * 2 < MetricRef("p99_round_robin_ms")
        list.say(
            "sessions.least_conn_p99", when: MetricRef("policy") == 1 && slowServer,
            Localized(
                en:
                    "With server 1 working {slow} times longer, least connections kept p99 at {p99_ms} ms against {p99_round_robin_ms} ms with round robin: the slow server holds more requests in flight, so it is sent fewer, while round robin gives it the same share as the others.",
                ko:
                    "서버 1이 {slow}배 오래 처리할 때 최소 연결은 p99를 {p99_ms} ms로 지켰고, 라운드 로빈은 {p99_round_robin_ms} ms였습니다. 느린 서버에는 처리 중인 요청이 쌓이므로 최소 연결은 그 서버에 덜 보내지만, 라운드 로빈은 다른 서버와 같은 몫을 보냅니다."
            ))
        list.say(
            "sessions.p2c_p99", when: MetricRef("policy") == 2 && slowServer,
            Localized(
                en:
                    "With server 1 working {slow} times longer, two random choices kept p99 at {p99_ms} ms against {p99_round_robin_ms} ms with round robin: comparing just two servers' requests in flight is enough to steer most requests away from the slow one.",
                ko:
                    "서버 1이 {slow}배 오래 처리할 때 두 개 중 나은 쪽은 p99를 {p99_ms} ms로 지켰고, 라운드 로빈은 {p99_round_robin_ms} ms였습니다. 무작위로 뽑은 두 서버의 처리 중인 요청만 비교해도 대부분의 요청을 느린 서버에서 비켜 가게 할 수 있습니다."
            ))
        list.say(
            "sessions.hash_kept",
            when: MetricRef("policy") == 3 && MetricRef("sticky") == 0 && MetricRef("crashed") == 1
                && MetricRef("kept_pct") > MetricRef("kept_round_robin_pct"),
            Localized(
                en:
                    "After server 2 crashed, consistent hashing still sent {kept_pct}% of requests to the server their session used last, against {kept_round_robin_pct}% with round robin: only the crashed server's sessions moved, so a server's local cache keeps serving the others. The shared store is what makes the move harmless.",
                ko:
                    "서버 2가 죽은 뒤에도 일관 해싱은 요청의 {kept_pct}%를 그 세션이 직전에 쓴 서버로 보냈고, 라운드 로빈은 {kept_round_robin_pct}%였습니다. 죽은 서버의 세션만 옮겨 가므로 나머지 세션은 서버의 로컬 캐시를 계속 씁니다. 옮겨 가도 문제가 없는 것은 공유 저장소 덕분입니다."
            ))
    }
}
