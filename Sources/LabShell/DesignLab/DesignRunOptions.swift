import Design
import Experiments
import LabText
import MiniCluster

/// The `key=value` words of `design run`: `load=RATE|PROFILE`, `reads=`, `requests=`, `keys=`,
/// `seed=`, `scenario=`, `slo=` (a p99 limit for the capacity search).
struct DesignRunOptions {
    static let keys = ["load", "reads", "requests", "keys", "seed", "scenario", "slo"]

    var settings: RunSettings
    /// `slo=200ms`: search for the highest load whose p99 stays within it (milliseconds).
    var sloMilliseconds: Double?

    init(_ words: [String], seed: UInt64, language: Language) throws(LabError) {
        var settings = RunSettings(rate: 1_000, seed: seed)
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, Self.keys.contains(parts[0]) else {
                let name = parts.first ?? word
                throw .usage(
                    language == .ko ? "design run: 알 수 없는 옵션 '\(name)'" : "design run: unknown option '\(name)'",
                    hint: Suggestion.hint(for: name, in: Self.keys) ?? (language == .ko ? "옵션: " : "options: ")
                        + Self.keys.map { $0 + "=" }.joined(separator: " "))
            }
            if parts[0] == "slo" {
                sloMilliseconds = try Self.number(
                    parts[0], parts[1].hasSuffix("ms") ? String(parts[1].dropLast(2)) : parts[1],
                    in: 1...60_000, "ms", language: language)
                continue
            }
            try Self.apply(parts[0], parts[1], to: &settings, language: language)
        }
        self.settings = settings
    }

    private static func apply(_ key: String, _ value: String, to settings: inout RunSettings, language: Language)
        throws(LabError)
    {
        switch key {
        case "load":
            if let profile = LoadProfile.builtIn.first(where: { $0.name.lowercased() == value.lowercased() }) {
                settings.rate = profile.peakRequestsPerSecond
                settings.readShare = profile.readShare
                settings.profile = profile
            } else {
                settings.rate = try number(key, value, in: 0.001...10_000_000, "/s", language: language)
            }
        case "reads": settings.readShare = try number(key, value, in: 0...1, "", language: language)
        case "requests": settings.requests = Int(try number(key, value, in: 1_000...10_000_000, "", language: language))
        case "keys": settings.keys = Int(try number(key, value, in: 1...10_000_000, "", language: language))
        case "seed": settings.seed = UInt64(try number(key, value, in: 0...Double(UInt32.max), "", language: language))
        default:
            do throws(DesignError) {
                settings.scenario = try ScenarioParser.parse(value)
            } catch {
                throw LabError(error, language: language)
            }
        }
    }

    private static func number(
        _ key: String, _ text: String, in range: ClosedRange<Double>, _ unit: String,
        language: Language
    ) throws(LabError) -> Double {
        let korean = language == .ko
        let names = LoadProfile.builtIn.map(\.name).joined(separator: ", ")
        guard let value = Double(text.hasSuffix("/s") ? String(text.dropLast(2)) : text), value.isFinite else {
            throw .usage(
                korean ? "\(key)=\(text): 숫자가 아닙니다" : "\(key)=\(text): not a number",
                hint: key == "load" ? "load=3000, load=\(names)" : nil)
        }
        guard range.contains(value) else {
            throw .usage(
                korean ? "\(key)=\(text): 범위를 벗어났습니다" : "\(key)=\(text) is out of range",
                hint:
                    "\(key) takes \(formatParameterNumber(range.lowerBound))..\(formatParameterNumber(range.upperBound))\(unit)"
            )
        }
        return value
    }
}
