import Experiments
import LabText

extension LabError {
    /// The learner-facing form of a parameter mistake in `language`, naming the parameter, value and range.
    init(_ error: ParameterError, language: Language) {
        let say = { (en: String, ko: String) in Localized(en: en, ko: ko).text(language) }
        switch error {
        case .malformed(let text):
            self = .usage(
                say("'\(text)' is not a parameter assignment", "'\(text)'은(는) 매개변수 지정이 아닙니다"),
                hint: say("write name=value, e.g. rate=3200", "이름=값 꼴로 쓰세요 (예: rate=3200)"))
        case .unknown(let name, let experiment, let known):
            self = .usage(
                say("unknown parameter '\(name)' for \(experiment)", "\(experiment)에 없는 매개변수 '\(name)'"),
                hint: Suggestion.hint(for: name, in: known, language: language)
                    ?? say("parameters: ", "매개변수: ") + known.joined(separator: ", "))
        case .wrongType(let name, let value, let allowed, let unit):
            self = .usage(
                say("\(name)=\(value): not a valid value", "\(name)=\(value): 쓸 수 없는 값입니다"),
                hint: Self.takes(name, allowed, unit, language))
        case .outOfRange(let name, let value, let allowed, let unit):
            self = .usage(
                say("\(name)=\(value) is out of range", "\(name)=\(value)은(는) 범위를 벗어납니다"),
                hint: Self.takes(name, allowed, unit, language))
        case .duplicate(let name):
            self = .usage(
                say("\(name) is given twice", "\(name)을(를) 두 번 지정했습니다"),
                hint: say("keep one \(name)=…", "\(name)=…은 하나만 남기세요"))
        }
    }

    /// "rate takes 1..5000 req/s", or in Korean "rate에 쓸 수 있는 값: 1..5000 req/s".
    private static func takes(_ name: String, _ allowed: Localized, _ unit: String, _ language: Language) -> String {
        let range = allowed.text(language) + (unit.isEmpty ? "" : " \(unit)")
        return Localized(en: "\(name) takes \(range)", ko: "\(name)에 쓸 수 있는 값: \(range)").text(language)
    }
}
