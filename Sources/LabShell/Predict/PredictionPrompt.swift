import Foundation

/// Asks the learner for a guess before a run, through the session's line reader.
struct PredictionPrompt {
    let session: Session

    /// The number typed, or nil when there is no reader, or the learner skips (Enter, `skip`, Ctrl-C, Ctrl-D).
    func ask(_ request: PredictionRequest) -> Double? {
        guard let read = session.answerReader else { return nil }
        session.printWrapped(
            session.text(
                en: "Predict before you run: what will \(request.metric) be? (Enter skips)",
                ko: "실행하기 전에 예측하세요: \(request.metric) 값은 얼마일까요? (Enter를 누르면 건너뜁니다)"))
        while case .line(let typed) = read(session.text(en: "your guess> ", ko: "예측> ")) {
            let word = typed.trimmingCharacters(in: .whitespaces)
            if word.isEmpty || ["skip", "건너뛰기"].contains(word.lowercased()) { return nil }
            if let number = PredictionRequest.guessNumber(word) { return number }
            session.printWrapped(
                session.text(
                    en: "type a number such as 120 or 0.8, or press Enter to skip",
                    ko: "120이나 0.8 같은 숫자를 입력하거나 Enter로 건너뛰세요"))
        }
        return nil
    }
}
