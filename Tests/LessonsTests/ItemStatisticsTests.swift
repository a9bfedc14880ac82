import Foundation
import Testing

@testable import Lessons

@Suite("Item statistics name their reliability honestly")
struct ItemStatisticsTests {
    static func sheets(_ source: String, _ answers: [[String: Response]]) throws -> [GradedSheet] {
        let key = try QuizFile.parseGIFT(Data(source.utf8), path: "s.gift")
        return answers.enumerated().map { index, given in
            let items = key.answerable.map {
                GradedSheet.GradedItem(question: $0, response: given[$0.id], score: $0.score(given[$0.id]))
            }
            return GradedSheet(path: "\(index).json", learner: "l\(index)", items: items, warnings: [])
        }
    }

    static let rightWrong: [[String: Response]] = [
        ["a": .bool(true), "b": .bool(true)], ["a": .bool(true), "b": .bool(false)],
        ["a": .bool(false), "b": .bool(false)]
    ]

    @Test("right/wrong items of equal weight: KR-20")
    func kr20() throws {
        let statistics = ItemStatistics(sheets: try Self.sheets("::a:: A {T}\n\n::b:: B {T}", Self.rightWrong))
        #expect(statistics.reliabilityMethod == "KR-20")
        #expect(statistics.reliability != nil)
    }

    @Test(
        "weighted items, or partial credit, make it Cronbach's alpha",
        arguments: [
            "::a:: A {T}\n\n// [weight:2]\n::b:: B {T}",
            "::a:: A {T}\n\n::b:: B {=x ~%50%y}"
        ])
    func alpha(source: String) throws {
        let answers: [[String: Response]] = [
            ["a": .bool(true), "b": .bool(true)], ["a": .bool(true), "b": .text("y")], ["a": .bool(false)]
        ]
        let statistics = ItemStatistics(
            sheets: try Self.sheets(source, source.contains("weight") ? Self.rightWrong : answers))
        #expect(statistics.reliabilityMethod == "Cronbach's alpha")
    }

    @Test(
        "the histogram bins the percentage as the gradebook shows it",
        arguments: [
            (89.96, 9), (89.94, 8), (100, 9), (0, 0), (9.99, 1)
        ])
    func bins(percent: Double, bin: Int) {
        #expect(MarkdownReport.bin(of: percent) == bin)
    }
}
