import Foundation
import Lessons

/// The answer key fuzzed sheets are checked against: a quiz of the course, so seeds reach the deep checks.
enum FuzzKey {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons/quizzes/en/section-2.gift").path

    static let quiz: Quiz = {
        do { return try QuizFile.loadKey(path: path) } catch { fatalError("fuzz key \(path): \(error)") }
    }()

    /// The key made ready to grade, once.
    static let grading = GradingKey(quiz)
}
