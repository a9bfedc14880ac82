import Foundation
import Testing

@testable import Lessons

@Suite("The JSON report's sheet entries, written without JSONEncoder")
struct GradingJSONTests {
    @Test("each entry of 300 generated sheets (hostile names, formulas, late and penalised) is the encoder's bytes")
    func entriesMatchTheEncoder() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let (key, files) = try generatedSheets(count: 300, questions: 12, seed: 7, in: directory)
        var options = GradingOptions(deadline: Date(timeIntervalSince1970: 1_699_999_000), latePolicy: .penalise(0.1))
        options.marks = [Mark(learner: "s1", question: "q5-essay", points: 0.5, comment: "a \"fair\" try\n")]
        let book = try Gradebook(key: key, keyPath: "bench.gift", submissions: submissions(files), options: options)
        #expect(book.sheets.count > 250)
        for sheet in book.sheets {
            let encoded = String(decoding: InertJSON.encode(JSONReport.SheetEntry(sheet)), as: UTF8.self)
            let indented = encoded.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                $0.offset == 0 || $0.element.isEmpty ? String($0.element) : "    " + $0.element
            }
            #expect(JSONReport.entryText(sheet) == indented.joined(separator: "\n"), "\(sheet.path)")
        }
    }
}
