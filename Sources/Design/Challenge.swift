import LabText

/// A design challenge: a load, requirements on the run's metrics, scenarios to survive and a budget.
///
///     title: Survive a server crash
///     title.ko: 서버 한 대가 죽어도 버티기
///     load: 2000
///     require: error_rate < 0.001
///     scenario: kill app at 5s
///     survive: error_rate < 0.05
///     budget: 3000
///     hint: error_rate: put a second server behind the load balancer
///
/// `require` lines are checked on the plain run, `survive` lines on each scenario's run, and the
/// budget is `cost_month <= BUDGET`. A `hint` says what to change when a metric misses (`hint.ko` in Korean). Metric names are those of `design run` (and `expect`).
package struct Challenge: Sendable {
    package var file: String
    package var title: Localized
    /// A rate such as `2000` or a profile name such as `100M-users`.
    package var load: String
    package var requests: Int
    package var requirements: [String]
    package var scenarios: [Scenario]
    package var survive: [String]
    package var budget: Double?
    /// What to change when a requirement on a metric is not met, by metric (`hint: lost_writes: ...`, `hint.ko: ...`).
    package var hints: [String: Localized] = [:]
    /// The SHA-256 of the file as read (hex), set by whoever read it; for gradebook headers.
    package var sha256 = ""

    /// Reads a challenge file; mistakes name the line.
    package static func parse(_ text: String, file: String) throws(DesignError) -> Challenge {
        var challenge = Challenge(
            file: file, title: Localized(verbatim: file), load: "1000", requests: 50_000,
            requirements: [], scenarios: [], survive: [], budget: nil)
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = DesignReader.trimmed(String(raw))
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw problem(file, offset + 1, line, Localized(en: "expected 'key: value'", ko: "'키: 값' 형식이어야 합니다"))
            }
            let key = String(line[..<colon])
            let value = DesignReader.trimmed(String(line[line.index(after: colon)...]))
            try challenge.set(key, value, line: offset + 1, source: line)
        }
        return challenge
    }

    private mutating func set(_ key: String, _ value: String, line: Int, source: String) throws(DesignError) {
        switch key {
        case "title":
            title.en = value
            if title.ko == file { title.ko = value }
        case "title.ko": title.ko = value
        case "load": load = value
        case "requests":
            guard let count = Int(value), (1_000...2_000_000).contains(count) else {
                throw Self.problem(
                    file, line, source, Localized(en: "requests takes 1000…2000000", ko: "requests는 1000…2000000입니다"))
            }
            requests = count
        case "require": requirements.append(value)
        case "survive": survive.append(value)
        case "scenario":
            do throws(DesignError) {
                scenarios.append(try ScenarioParser.parse(value))
            } catch {
                throw Self.problem(file, line, source, error.message, fix: error.fix, note: error.note)
            }
        case "hint", "hint.ko": try setHint(key, value, line: line, source: source)
        case "budget":
            guard let amount = Double(value), amount > 0 else {
                throw Self.problem(
                    file, line, source,
                    Localized(en: "budget takes dollars a month, e.g. 3000", ko: "budget은 월 달러 금액입니다 (예: 3000)"))
            }
            budget = amount
        default:
            throw Self.problem(
                file, line, source, Localized(en: "unknown key '\(key)'", ko: "알 수 없는 키 '\(key)'"),
                note: Localized(
                    en: "keys: " + Self.keys, ko: "쓸 수 있는 키: " + Self.keys))
        }
    }

    static let keys = "title, title.ko, load, requests, require, scenario, survive, budget, hint, hint.ko"

    static func problem(
        _ file: String, _ line: Int, _ source: String, _ message: Localized, fix: String? = nil,
        note: Localized? = nil
    ) -> DesignError {
        DesignError(file: file, line: line, column: 1, sourceLine: source, message: message, fix: fix, note: note)
    }
}

extension Challenge {
    /// `hint: METRIC: text` (or `hint.ko:`): what to change when a requirement on METRIC misses.
    private mutating func setHint(_ key: String, _ value: String, line: Int, source: String) throws(DesignError) {
        guard let colon = value.firstIndex(of: ":") else {
            throw Self.problem(
                file, line, source,
                Localized(en: "a hint names its metric first", ko: "hint는 지표 이름부터 씁니다"),
                fix: "\(key): error_rate: put a second server behind the load balancer")
        }
        let metric = DesignReader.trimmed(String(value[..<colon]))
        let text = DesignReader.trimmed(String(value[value.index(after: colon)...]))
        var hint = hints[metric] ?? Localized(verbatim: text)
        if key == "hint" {
            hint.en = text
        } else {
            hint.ko = text
        }
        hints[metric] = hint
    }

    /// The hint for a requirement such as `write.p99_ms < 500`: its metric's, else nil.
    package func hint(for requirement: String) -> Localized? {
        requirement.split(separator: " ").first.flatMap { hints[String($0)] }
    }
}
