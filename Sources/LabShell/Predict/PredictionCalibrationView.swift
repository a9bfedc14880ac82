import Experiments
import LabText
import Lessons

/// The calibration lines `progress` shows: per section, how many guesses were close and whether they improve.
enum PredictionCalibrationView {
    /// One line per section with predictions, in the course's order (others last); nothing without predictions.
    static func lines(_ progress: Progress, sectionOrder: [String], language: Language) -> [String] {
        let sections = progress.predictionSections.sorted {
            (sectionOrder.firstIndex(of: $0) ?? .max) < (sectionOrder.firstIndex(of: $1) ?? .max)
        }
        let rows = sections.compactMap { progress.calibration(section: $0) }.map { line($0, language) }
        guard !rows.isEmpty else { return [] }
        return [
            language == .ko
                ? "예측 보정 (절마다 허용 오차 안에 든 예측, 평균 오차: 앞쪽 절반 → 뒤쪽 절반):"
                : "Prediction calibration (per section: guesses within tolerance, mean miss: earlier half → later half):"
        ] + rows
    }

    private static func line(_ calibration: Calibration, _ language: Language) -> String {
        let name = calibration.section.isEmpty ? "—" : calibration.section
        let earlier = percent(calibration.earlierError)
        let later = percent(calibration.laterError)
        let trend =
            calibration.count < 2
            ? earlier
            : earlier + " → " + later + trendWord(calibration, language)
        return language == .ko
            ? "  \(name): 예측 \(calibration.count)번 중 \(calibration.hits)번 적중, 평균 오차 \(trend)"
            : "  \(name): \(calibration.hits) of \(calibration.count) within tolerance, mean miss \(trend)"
    }

    private static func trendWord(_ calibration: Calibration, _ language: Language) -> String {
        if calibration.laterError < calibration.earlierError {
            return language == .ko ? " (나아지고 있습니다)" : " (improving)"
        }
        if calibration.laterError > calibration.earlierError {
            return language == .ko ? " (나빠지고 있습니다)" : " (getting worse)"
        }
        return ""
    }

    private static func percent(_ fraction: Double) -> String {
        MetricText.format((fraction * 100).rounded()) + "%"
    }
}
