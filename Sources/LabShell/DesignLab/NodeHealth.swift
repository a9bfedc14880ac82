import Design
import Experiments
import LabText

/// How a node is doing, as a word (for terminals without colour) and a tag for the drawing.
enum NodeHealth {
    enum Level { case ok, busy, hot, down }

    static func level(_ node: NodeResult) -> Level {
        if !node.up { return .down }
        if node.utilization >= 0.9 || node.rejected > 0 { return .hot }
        return node.utilization >= 0.7 ? .busy : .ok
    }

    static func word(_ node: NodeResult) -> Localized {
        switch level(node) {
        case .ok: return Localized(en: "ok", ko: "정상")
        case .busy: return Localized(en: "busy", ko: "바쁨")
        case .hot: return Localized(en: "OVERLOADED", ko: "과부하")
        case .down: return Localized(en: "DOWN", ko: "다운")
        }
    }
}
