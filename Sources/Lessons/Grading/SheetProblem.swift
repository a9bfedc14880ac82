import LabText

/// Why a sheet cannot be graded against a key (printed as `FILE: reason`), in English and Korean.
///
/// Every reason a sheet is rejected is made here, so its words live in one place.
package struct SheetProblem: Error, Sendable, Hashable {
    package var message: Localized

    /// The reason in English (the JSON report's `reason`).
    package var reason: String { message.en }

    init(en: String, ko: String) {
        message = Localized(en: en, ko: ko)
    }
}

extension SheetProblem {
    static let permissionDenied = SheetProblem(
        en: "cannot be read: permission denied; make it readable (chmod u+r)",
        ko: "읽을 수 없습니다: 권한이 없습니다. 읽기 권한을 주십시오 (chmod u+r)")
    static let unopenable = SheetProblem(en: "cannot be opened", ko: "열 수 없습니다")
    static let unreadable = SheetProblem(
        en: "cannot be read (a folder?); name a sheet file", ko: "읽을 수 없습니다 (폴더입니까?). 답안지 파일을 지정하십시오")
    static let notRegular = SheetProblem(
        en: "not a regular file (a pipe or a device?); name a sheet file",
        ko: "일반 파일이 아닙니다 (파이프나 장치입니까?). 답안지 파일을 지정하십시오")
    static let empty = SheetProblem(
        en: "empty file, not an answer sheet; hand in the JSON object that 'scalelab quiz ... --out' writes",
        ko: "빈 파일이라 답안지가 아닙니다. 'scalelab quiz ... --out'이 쓴 JSON 객체를 제출하십시오")
    static let noLearner = SheetProblem(en: "no learner name", ko: "학습자 이름이 없습니다")

    static func tooLarge(_ limit: Int) -> SheetProblem {
        SheetProblem(
            en: "larger than \(limit) bytes; not an answer sheet", ko: "크기가 \(limit)바이트를 넘어 답안지가 아닙니다")
    }

    static func array(_ version: String) -> SheetProblem {
        SheetProblem(
            en: "a JSON array, not an answer sheet; a sheet is one JSON object {\"format\": \"\(version)\", ...}",
            ko: "JSON 배열이라 답안지가 아닙니다. 답안지는 JSON 객체 하나입니다: {\"format\": \"\(version)\", ...}")
    }

    static func notJSON(_ problem: Localized) -> SheetProblem {
        SheetProblem(en: "not an answer sheet: \(problem.en)", ko: "답안지가 아닙니다: \(problem.ko)")
    }

    static func format(_ format: String, expected: String, older: String) -> SheetProblem {
        SheetProblem(
            en:
                "format '\(format)' is not '\(expected)' (or '\(older)'); make the sheet again with 'scalelab quiz ... --out'",
            ko: "읽을 수 없는 형식입니다 ('\(format)'; '\(expected)' 또는 '\(older)'만 읽습니다). "
                + "'scalelab quiz ... --out'으로 답안지를 다시 만드십시오")
    }

    static func time(_ text: String) -> SheetProblem {
        SheetProblem(
            en: "submitted_at '\(text)' is not a time such as 2026-12-01T09:30:00Z",
            ko: "submitted_at 값이 시각이 아닙니다 ('\(text)'). 2026-12-01T09:30:00Z 같은 시각을 적으십시오")
    }

    /// An answer of the wrong JSON type: `expected` and `got` are `Response.typeName`s (or "no answer").
    static func answerType(_ id: String, expected: String, kind: String, got: String) -> SheetProblem {
        SheetProblem(
            en: "answer to '\(id)' should be \(expected) (\(kind)), got \(got)",
            ko: "'\(id)' 문항(\(kind))의 답 형식이 맞지 않습니다: 필요한 형식 \(korean(type: expected)), 받은 형식 \(korean(type: got))")
    }

    static func otherVersion(quiz: String, digest: String, key: String, keyDigest: String) -> SheetProblem {
        SheetProblem(
            en: "a version 1 sheet of another version of this quiz or another quiz ('\(quiz)', digest \(digest), "
                + "key '\(key)' \(keyDigest)): version 1 has no per-question digests to regrade by; "
                + "grade it with the key it was answered on, or have the learner answer again",
            ko: "이 퀴즈의 다른 판이나 다른 퀴즈의 버전 1 답안지입니다 ('\(quiz)', 다이제스트 \(digest), "
                + "정답 키 '\(key)' \(keyDigest)). 버전 1에는 문항별 다이제스트가 없어 다시 채점할 수 없습니다. "
                + "답할 때 쓴 정답 키로 채점하거나 학습자에게 다시 답하게 하십시오")
    }

    static func otherQuiz(quiz: String, digest: String, key: String, keyDigest: String) -> SheetProblem {
        SheetProblem(
            en: "answers another quiz ('\(quiz)', digest \(digest)): none of its questions "
                + "is a question of this key ('\(key)', digest \(keyDigest)); check --key",
            ko: "다른 퀴즈의 답안지입니다 ('\(quiz)', 다이제스트 \(digest)). 이 정답 키('\(key)', 다이제스트 "
                + "\(keyDigest))에 있는 문항이 하나도 없습니다. --key를 확인하십시오")
    }

    /// The Korean name of a JSON type as `Response.typeName` words it.
    private static func korean(type: String) -> String {
        switch type {
        case "a string": "문자열"
        case "a list of strings": "문자열 목록"
        case "true or false": "true 또는 false"
        case "a number": "숫자"
        case "an object of strings": "문자열 객체"
        default: "답 없음"
        }
    }
}
