import FlyingFox
import Foundation
import LabText
import Lessons

/// The instructor's API: the live dashboard, opening, closing and releasing quizzes, and the gradebook.
extension WorkshopRouter {
    private struct StateRequest: Decodable {
        var state: QuizState
    }

    func dashboard(_ request: HTTPRequest) async throws -> HTTPResponse {
        try requireInstructor(request)
        return WorkshopReply.json(try DashboardView(workshop: workshop))
    }

    func control(_ request: HTTPRequest, quiz id: String) async throws -> HTTPResponse {
        try requireInstructor(request)
        let body = try await RequestBody.json(StateRequest.self, from: request)
        guard try workshop.store.setState(body.state, quiz: id) else { throw Refusal.noQuiz }
        return WorkshopReply.json(["quiz": id, "state": body.state.rawValue])
    }

    /// `GET /api/export/QUIZ?format=csv|json|junit|markdown&lang=en|ko`: the gradebook of the latest submissions.
    func export(_ request: HTTPRequest, quiz id: String) async throws -> HTTPResponse {
        try requireInstructor(request)
        let formatName = request.query.first { $0.name == "format" }?.value ?? "csv"
        guard let format = ReportFormat(rawValue: formatName) else {
            throw Refusal(
                status: .badRequest, en: "format must be csv, json, junit or markdown",
                ko: "형식은 csv, json, junit, markdown 중 하나입니다")
        }
        let language = Language(rawValue: request.query.first { $0.name == "lang" }?.value ?? "en") ?? .en
        let outcome: GradeOutcome
        do {
            outcome = try WorkshopExport(store: workshop.store).report(quiz: id, format: format, language: language)
        } catch let error as WorkshopError {
            throw Refusal(status: .notFound, en: error.description, ko: "내보낼 답안이 없습니다: 퀴즈 이름을 확인하거나 제출을 기다리세요")
        }
        var reply = WorkshopReply.make(.ok, type: WorkshopExport.contentType(format), body: Data(outcome.report.utf8))
        reply.headers[HTTPHeader("Content-Disposition")] =
            "attachment; filename=\"\(WorkshopExport.fileName(quiz: id, format: format))\""
        return reply
    }
}
