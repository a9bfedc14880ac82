import LabText

/// The workshop server could not listen (the port is taken, the address is not this machine's).
struct ServeFailure: UserFacingError {
    /// What the socket layer threw.
    let cause: any Error

    func labError(in language: Language) -> LabError {
        LabError(
            Localized(en: "cannot serve: \(cause)", ko: "서버를 열 수 없습니다: \(cause)").text(language),
            hint: Localized(
                en: "is the port taken? try --port 0 or another number", ko: "포트가 사용 중인가요? --port 0이나 다른 번호를 쓰세요"
            ).text(language))
    }
}
