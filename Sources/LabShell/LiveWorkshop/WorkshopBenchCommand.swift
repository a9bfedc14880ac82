import Foundation
import LabText
import Lessons
import Workshop

/// `workshop bench`: prints what the load benchmark measured.
enum WorkshopBenchCommand {
    static func run(learners: Int, questions: Int, in session: Session) throws {
        guard (1...2_000).contains(learners), (1...500).contains(questions) else {
            throw LabError.usage(
                session.text(
                    en: "workshop bench: --learners takes 1 to 2000 and --questions 1 to 500",
                    ko: "workshop bench: --learners에는 1부터 2000까지, --questions에는 1부터 500까지 씁니다"))
        }
        session.printWrapped(
            session.text(
                en: "workshop bench: \(learners) learners × \(questions) questions against 127.0.0.1 ...",
                ko: "workshop bench: 학습자 \(learners)명 × 문항 \(questions)개를 127.0.0.1에 보냅니다 ..."))
        let result = try runBlocking { try await WorkshopBench.run(learners: learners, questions: questions) }
        let rate = DecimalText.format(result.answersPerSecond, digits: 0)
        session.printWrapped(
            session.text(
                en:
                    "  answers: \(result.answersSent) sent, \(result.answersStored) stored, lost \(result.lost); failed requests \(result.failedRequests)",
                ko:
                    "  답: 보냄 \(result.answersSent), 저장됨 \(result.answersStored), 잃음 \(result.lost); 실패한 요청 \(result.failedRequests)"
            ))
        session.printWrapped(
            session.text(
                en:
                    "  \(rate) answers/s over \(DecimalText.format(result.seconds, digits: 2)) s; latency p50 \(DecimalText.format(result.p50, digits: 1)) ms, p99 \(DecimalText.format(result.p99, digits: 1)) ms",
                ko:
                    "  초당 답 \(rate)개 (\(DecimalText.format(result.seconds, digits: 2))초); 지연 p50 \(DecimalText.format(result.p50, digits: 1)) ms, p99 \(DecimalText.format(result.p99, digits: 1)) ms"
            ))
        if result.lost != 0 || result.failedRequests != 0 {
            throw LabError(
                session.text(
                    en: "workshop bench: answers were lost or refused", ko: "workshop bench: 잃어버렸거나 거부된 답이 있습니다"))
        }
    }
}
