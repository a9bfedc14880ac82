import Foundation
import LabText
import Testing

@testable import Lessons

@Suite("Feedback files")
struct FeedbackWriterTests {
    @Test(
        "an essay's model answer is written under its own label, in both languages",
        arguments: [
            (Language.en, "- Model answer: Servers keep no session."), (.ko, "- 모범 답안: Servers keep no session.")
        ])
    func modelAnswer(language: Language, line: String) throws {
        let key = try QuizFile.parseGIFT(
            Data("::e:: Explain. {####Servers keep no session.}\n\n::t:: T {T ####See 1.1.}".utf8), path: "e.gift")
        let items = key.answerable.map {
            GradedSheet.GradedItem(question: $0, response: .text("mine"), score: $0.score(.text("mine")))
        }
        let text = FeedbackWriter.render(
            GradedSheet(path: "a.json", learner: "Ada", items: items, warnings: []), quiz: "e",
            labels: MarkdownLabels(language: language))
        #expect(text.contains(line))
        #expect(
            text.components(separatedBy: "\n").filter { $0.hasPrefix("- Model answer") || $0.hasPrefix("- 모범 답안") }
                .count == 1)
    }
}
