import Experiments
import LabText

extension SweepError: UserFacingError {
    /// The mistake in `sweep=` as a usage error, in the learner's language.
    package func labError(in language: Language) -> LabError {
        guard language == .ko else { return .usage(description) }
        switch self {
        case .malformed(let text):
            return .usage(
                "'\(text)'은(는) sweep 지정이 아닙니다",
                hint: "sweep=PARAM, sweep=PARAM:FROM..TO, sweep=PARAM:FROM..TO:STEPS (2~50단계) 꼴로 쓰세요")
        case .unknownParameter(let name, let experiment, let known):
            return .usage(
                "'\(name)'은(는) 훑을 수 없습니다", hint: "\(experiment)의 매개변수: " + known.joined(separator: ", "))
        case .notNumeric(let name):
            return .usage("'\(name)'은(는) 숫자가 아니라서 훑을 수 없습니다")
        case .outOfRange(let name, let allowed):
            return .usage("\(name)을(를) 훑는 구간이 허용 범위(\(allowed.ko))를 벗어납니다")
        }
    }
}

extension PrecisionError: UserFacingError {
    /// The mistake in `precision=` as a usage error, in the learner's language.
    package func labError(in language: Language) -> LabError {
        guard language == .ko else { return .usage(description) }
        switch self {
        case .malformed(let text):
            return .usage("'\(text)'은(는) 정밀도 지정이 아닙니다", hint: "precision=2% 꼴로 쓰세요 (0.1%에서 50%까지)")
        case .unsupported(let id):
            let sized = ExperimentCatalog.all.filter { $0.sizeParameter != nil }.map(\.id).joined(separator: ", ")
            return .usage(
                "\(id)에는 늘릴 실행 길이나 신뢰 구간이 있는 대표 지표가 없습니다", hint: "precision=을 쓸 수 있는 실험: \(sized)")
        }
    }
}
