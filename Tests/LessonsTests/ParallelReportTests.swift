import Foundation
import Testing

@testable import Lessons

@Suite("Reports made on both cores, a chunk at a time, come out whole and in order")
struct ParallelReportTests {
    @Test("each piece once, in order, across chunks and workers", arguments: [0, 1, 63, 64, 511, 512, 513, 1300])
    func pieces(count: Int) {
        var stream = ""
        ParallelMap.write(count, state: 0, to: &stream) { made, index, bytes in
            made += 1
            bytes += "\(index),".utf8
        }
        #expect(stream == (0..<count).map { "\($0)," }.joined())
    }

    /// The gradebook of 1,300 generated sheets of a 12-question key: three chunks, on two workers.
    func book() throws -> Gradebook {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let (key, files) = try generatedSheets(count: 1300, questions: 12, seed: 3, in: directory)
        return try Gradebook(key: key, keyPath: "bench.gift", submissions: submissions(files))
    }

    @Test("the JSON report holds every sheet's own entry, in gradebook order")
    func json() throws {
        let book = try book()
        #expect(book.sheets.count > 1000)
        let report = Grader.report(book, format: .json)
        let start = try #require(report.range(of: "\n  \"sheets\" : [\n"))
        let entries = "    " + book.sheets.map(JSONReport.entryText).joined(separator: ",\n    ") + "\n  ]"
        #expect(report[start.upperBound...].hasPrefix(entries))
    }

    @Test("the JUnit report holds a test suite per sheet, in gradebook order, each with every question")
    func junit() throws {
        let book = try book()
        let report = Grader.report(book, format: .junit)
        let suites = report.components(separatedBy: "\n  <testsuite name=\"").dropFirst()
        #expect(suites.map { String($0.prefix { $0 != "\"" }) } == book.sheets.map { JUnitReport.xml($0.learner) })
        #expect(suites.allSatisfy { $0.components(separatedBy: "<testcase ").count == 13 })
    }
}
