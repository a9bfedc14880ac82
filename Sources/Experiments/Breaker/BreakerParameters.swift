import MiniCluster

extension BreakerExperiment {
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let breaker = ParameterKey<String>(
            "breaker", choices: ["on", "off"], default: "on",
            Localized(
                en: "which run the headline metrics describe (both are always run)",
                ko: "대표 지표가 가리킬 실행 (두 경우 모두 항상 실행합니다)"))
        static let at = ParameterKey<Double>(
            "at", 0...600, default: 10, unit: "s",
            Localized(en: "when the dependency falls ill", ko: "의존 서비스가 나빠지기 시작하는 시각"))
        static let duration = ParameterKey<Double>(
            "duration", 0...600, default: 20, unit: "s",
            Localized(en: "how long it stays ill", ko: "나쁜 상태가 이어지는 시간"))
        static let failure = ParameterKey<Double>(
            "failure", 0...1, default: 0.5,
            Localized(en: "share of its calls that fail meanwhile", ko: "그동안 실패하는 호출의 비율"))
        static let latency = ParameterKey<Double>(
            "latency", 0...60_000, default: 3000, unit: "ms",
            Localized(en: "latency added to its calls meanwhile", ko: "그동안 호출마다 더해지는 지연"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...600, default: 60, unit: "s",
            Localized(en: "length of the run", ko: "실행 길이"))
        static let rate = ParameterKey<Double>(
            "rate", 0.1...2000, default: 50, unit: "req/s",
            Localized(en: "requests to the endpoint that calls the dependency", ko: "의존 서비스를 호출하는 엔드포인트로 오는 요청"))
        static let healthyRate = ParameterKey<Double>(
            "healthy_rate", 0.1...2000, default: 50, unit: "req/s",
            Localized(en: "requests to the healthy endpoint", ko: "건강한 엔드포인트로 오는 요청"))
        static let workers = ParameterKey<Int>(
            "workers", 1...2000, default: 20,
            Localized(en: "the service's worker threads, shared by both endpoints", ko: "두 엔드포인트가 함께 쓰는 서비스의 작업 스레드 수"))
        static let timeout = ParameterKey<Double>(
            "timeout", 1...60_000, default: 1000, unit: "ms",
            Localized(en: "timeout of a dependency call", ko: "의존 서비스 호출의 타임아웃"))
        static let clientTimeout = ParameterKey<Double>(
            "client_timeout", 1...60_000, default: 2000, unit: "ms",
            Localized(en: "how long a caller waits for the service", ko: "호출자가 서비스의 응답을 기다리는 시간"))

        // The breaker's own settings.
        static let windowType = ParameterKey<String>(
            "window_type", choices: ["count", "time"], default: "count",
            Localized(
                en: "sliding window of the last calls, or of the last seconds", ko: "슬라이딩 윈도를 최근 호출 수로 셀지, 최근 몇 초로 셀지"))
        static let window = ParameterKey<Int>(
            "window", 1...1000, default: 20,
            Localized(en: "window size: calls (count) or seconds (time)", ko: "윈도 크기: 호출 수(count) 또는 초(time)"))
        static let minCalls = ParameterKey<Int>(
            "min_calls", 1...1000, default: 10,
            Localized(en: "calls needed before rates are judged", ko: "비율을 따지기 전에 필요한 최소 호출 수"))
        static let failureThreshold = ParameterKey<Double>(
            "failure_threshold", 0.01...1, default: 0.5,
            Localized(en: "failure rate that opens the breaker", ko: "브레이커를 여는 실패율"))
        static let slowThreshold = ParameterKey<Double>(
            "slow_threshold", 0.01...1, default: 0.5,
            Localized(en: "slow-call rate that opens the breaker", ko: "브레이커를 여는 느린 호출 비율"))
        static let slowMs = ParameterKey<Double>(
            "slow_ms", 1...60_000, default: 800, unit: "ms",
            Localized(en: "a call longer than this is slow", ko: "이보다 오래 걸린 호출은 느린 호출입니다"))
        static let wait = ParameterKey<Double>(
            "wait", 0.001...3600, default: 5, unit: "s",
            Localized(en: "time in open before trial calls", ko: "시험 호출 전까지 열림 상태로 머무는 시간"))
        static let halfOpenCalls = ParameterKey<Int>(
            "half_open_calls", 1...1000, default: 3,
            Localized(en: "trial calls permitted in half-open", ko: "반열림 상태에서 허용하는 시험 호출 수"))
        static let trace = ParameterKey<String>(
            "trace", text: "SFL", maxLength: 200, default: "",
            Localized(
                en: "replay outcomes call by call instead (S success, F failure, L slow), e.g. SSFFFFSS",
                ko: "대신 호출 결과를 하나씩 재생합니다 (S 성공, F 실패, L 느림), 예: SSFFFFSS"))
        static let gap = ParameterKey<Double>(
            "gap", 1...600_000, default: 1000, unit: "ms",
            Localized(en: "time between replayed calls", ko: "재생하는 호출 사이의 간격"))
    }
}

/// The breaker settings a `breaker` run's values describe.
enum BreakerParameters {
    typealias Key = BreakerExperiment.Key

    /// The breaker settings the values describe.
    static func configuration(_ values: ParameterValues) -> CircuitBreakerConfiguration {
        let size = values[Key.window]
        return CircuitBreakerConfiguration(
            window: values[Key.windowType] == "time" ? .time(seconds: size) : .count(size),
            minimumCalls: values[Key.minCalls], failureRateThreshold: values[Key.failureThreshold],
            slowCallRateThreshold: values[Key.slowThreshold], slowCallDuration: .milliseconds(values[Key.slowMs]),
            waitInOpen: .seconds(values[Key.wait]), permittedInHalfOpen: values[Key.halfOpenCalls])
    }
}
