import Foundation
import Lessons

/// Where an answer sheet goes, checked before the first question so no typed answer is lost.
enum SheetTarget {
    /// `out`, checked; for a paper without `out`, a free `QUIZ-LEARNER.json` in the working folder, announced.
    static func path(_ out: String?, quiz: Quiz, learner: String?, force: Bool, in session: Session) throws(LabError)
        -> String?
    {
        if let out {
            do { try OutputFile.checkWritable(out, replacing: force) } catch {
                throw LabError.usage(
                    UntrustedText.oneLine(error.text(session.language)),
                    hint: session.text(
                        en: "the sheet is checked before the first question", ko: "답안지 경로는 첫 문제 전에 확인합니다"))
            }
            return out
        }
        guard quiz.isPaper, let learner else { return nil }
        let stem = "\(SafeFileName.stem(for: quiz.id, sequence: 0))-\(SafeFileName.stem(for: learner, sequence: 1))"
        let path = (1...).lazy.map { $0 == 1 ? "\(stem).json" : "\(stem)-\($0).json" }.first {
            !FileManager.default.fileExists(atPath: $0)
        }!
        session.printWrapped(
            session.text(
                en: "no --out given: your answer sheet will be saved as \(path) in this folder",
                ko: "--out이 없어 답안지를 이 폴더의 \(path)에 저장합니다"))
        return path
    }
}
