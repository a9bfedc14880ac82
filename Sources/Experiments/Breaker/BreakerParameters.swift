import MiniCluster

/// The parameters of the `breaker` experiment and the breaker settings they make.
enum BreakerParameters {
    static let all = scenario + settings

    static let scenario = [
        ParameterSpec("breaker", .choice(["on", "off"]), default: .choice("on"),
                      Localized(en: "which run the headline metrics describe (both are always run)",
                                ko: "대표 지표가 가리킬 실행 (두 경우 모두 항상 실행합니다)")),
        ParameterSpec("at", .real(0...600), default: .real(10), unit: "s",
                      Localized(en: "when the dependency falls ill", ko: "의존 서비스가 나빠지기 시작하는 시각")),
        ParameterSpec("duration", .real(0...600), default: .real(20), unit: "s",
                      Localized(en: "how long it stays ill", ko: "나쁜 상태가 이어지는 시간")),
        ParameterSpec("failure", .real(0...1), default: .real(0.5),
                      Localized(en: "share of its calls that fail meanwhile", ko: "그동안 실패하는 호출의 비율")),
        ParameterSpec("latency", .real(0...60_000), default: .real(3000), unit: "ms",
                      Localized(en: "latency added to its calls meanwhile", ko: "그동안 호출마다 더해지는 지연")),
        ParameterSpec("seconds", .real(1...600), default: .real(60), unit: "s",
                      Localized(en: "length of the run", ko: "실행 길이")),
        ParameterSpec("rate", .real(0.1...2000), default: .real(50), unit: "req/s",
                      Localized(en: "requests to the endpoint that calls the dependency", ko: "의존 서비스를 호출하는 엔드포인트로 오는 요청")),
        ParameterSpec("healthy_rate", .real(0.1...2000), default: .real(50), unit: "req/s",
                      Localized(en: "requests to the healthy endpoint", ko: "건강한 엔드포인트로 오는 요청")),
        ParameterSpec("workers", .integer(1...2000), default: .integer(20),
                      Localized(en: "the service's worker threads, shared by both endpoints", ko: "두 엔드포인트가 함께 쓰는 서비스의 작업 스레드 수")),
        ParameterSpec("timeout", .real(1...60_000), default: .real(1000), unit: "ms",
                      Localized(en: "timeout of a dependency call", ko: "의존 서비스 호출의 타임아웃")),
        ParameterSpec("client_timeout", .real(1...60_000), default: .real(2000), unit: "ms",
                      Localized(en: "how long a caller waits for the service", ko: "호출자가 서비스의 응답을 기다리는 시간")),
    ]

    static let settings = [
        ParameterSpec("window_type", .choice(["count", "time"]), default: .choice("count"),
                      Localized(en: "sliding window of the last calls, or of the last seconds", ko: "슬라이딩 윈도를 최근 호출 수로 셀지, 최근 몇 초로 셀지")),
        ParameterSpec("window", .integer(1...1000), default: .integer(20),
                      Localized(en: "window size: calls (count) or seconds (time)", ko: "윈도 크기: 호출 수(count) 또는 초(time)")),
        ParameterSpec("min_calls", .integer(1...1000), default: .integer(10),
                      Localized(en: "calls needed before rates are judged", ko: "비율을 따지기 전에 필요한 최소 호출 수")),
        ParameterSpec("failure_threshold", .real(0.01...1), default: .real(0.5),
                      Localized(en: "failure rate that opens the breaker", ko: "브레이커를 여는 실패율")),
        ParameterSpec("slow_threshold", .real(0.01...1), default: .real(0.5),
                      Localized(en: "slow-call rate that opens the breaker", ko: "브레이커를 여는 느린 호출 비율")),
        ParameterSpec("slow_ms", .real(1...60_000), default: .real(800), unit: "ms",
                      Localized(en: "a call longer than this is slow", ko: "이보다 오래 걸린 호출은 느린 호출입니다")),
        ParameterSpec("wait", .real(0.001...3600), default: .real(5), unit: "s",
                      Localized(en: "time in open before trial calls", ko: "시험 호출 전까지 열림 상태로 머무는 시간")),
        ParameterSpec("half_open_calls", .integer(1...1000), default: .integer(3),
                      Localized(en: "trial calls permitted in half-open", ko: "반열림 상태에서 허용하는 시험 호출 수")),
        ParameterSpec("trace", .text(alphabet: "SFL", maxLength: 200), default: .choice(""),
                      Localized(en: "replay outcomes call by call instead (S success, F failure, L slow), e.g. SSFFFFSS",
                                ko: "대신 호출 결과를 하나씩 재생합니다 (S 성공, F 실패, L 느림), 예: SSFFFFSS")),
        ParameterSpec("gap", .real(1...600_000), default: .real(1000), unit: "ms",
                      Localized(en: "time between replayed calls", ko: "재생하는 호출 사이의 간격")),
    ]

    /// The breaker settings the values describe.
    static func configuration(_ values: ParameterValues) -> CircuitBreakerConfiguration {
        let size = values.integer("window")
        return CircuitBreakerConfiguration(
            window: values.choice("window_type") == "time" ? .time(seconds: size) : .count(size),
            minimumCalls: values.integer("min_calls"), failureRateThreshold: values.real("failure_threshold"),
            slowCallRateThreshold: values.real("slow_threshold"), slowCallDuration: .milliseconds(values.real("slow_ms")),
            waitInOpen: .seconds(values.real("wait")), permittedInHalfOpen: values.integer("half_open_calls"))
    }
}
