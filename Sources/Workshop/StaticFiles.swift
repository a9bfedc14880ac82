import FlyingFox
import Foundation

/// The pages, script and style the binary serves: no build step, nothing from outside, no inline script.
enum StaticFiles {
    /// `(media type, text)` by path.
    static let files: [String: (String, String)] = [
        "": ("text/html; charset=utf-8", LearnerPage.html),
        "learner.js": ("text/javascript; charset=utf-8", LearnerScript.source + LearnerInputsScript.source),
        "common.js": ("text/javascript; charset=utf-8", CommonScript.source),
        "workshop.css": ("text/css; charset=utf-8", WorkshopStyle.css),
        "dashboard": ("text/html; charset=utf-8", DashboardPage.html),
        "dashboard.js": ("text/javascript; charset=utf-8", DashboardScript.source)
    ]

    /// The file at `parts` for a GET or HEAD; anything else is refused.
    static func response(for parts: [String], method: HTTPMethod) throws -> HTTPResponse {
        guard let file = files[parts.joined(separator: "/")] else {
            throw Refusal(status: .notFound, en: "no such page", ko: "그런 페이지가 없습니다")
        }
        guard method == .GET || method == .HEAD else {
            throw Refusal(status: .methodNotAllowed, en: "pages are read with GET", ko: "페이지는 GET으로 읽습니다")
        }
        return WorkshopReply.make(.ok, type: file.0, body: Data(file.1.utf8))
    }
}
