import Foundation
import LabText
import Testing

@testable import Lessons

@Suite("Why a sheet was rejected or skipped, in both languages")
struct GradingMessagesTests {
    /// A folder with one good sheet and one file for each way a sheet is rejected or skipped.
    private static func folder() throws -> String {
        let directory = makeTemporaryDirectory()
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        let sheets = directory + "/in"
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        let good = AnswerSheet(
            quiz: sampleKey(), learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0), answers: [:])
        try OutputFile.write(good.encoded(), to: sheets + "/good.json")
        var wrongType = good
        wrongType.answers["tf"] = .number(1)
        var noLearner = good
        noLearner.learner = " "
        var badTime = good
        badTime.submittedAt = "yesterday"
        var oldFormat = good
        oldFormat.format = "scalelab-answers/0"
        let files: [(String, Data)] = [
            ("empty.json", Data()), ("array.json", Data("[1]".utf8)), ("broken.json", Data("{\"format\": 1}".utf8)),
            ("type.json", wrongType.encoded()), ("nobody.json", noLearner.encoded()), ("time.json", badTime.encoded()),
            ("old.json", oldFormat.encoded()), ("notes.txt", Data("hi".utf8)), ("renamed.json.txt", Data("{}".utf8))
        ]
        for (name, data) in files { try OutputFile.write(data, to: sheets + "/" + name) }
        try FileManager.default.createSymbolicLink(
            atPath: sheets + "/link.json", withDestinationPath: sheets + "/good.json")
        return directory
    }

    @Test(
        "each reason reads in Korean with --lang ko and in English otherwise",
        arguments: [
            ("array.json", "a JSON array, not an answer sheet", "JSON 배열이라 답안지가 아닙니다"),
            (
                "broken.json", "not an answer sheet: 'format': expected a string",
                "답안지가 아닙니다: 'format': 형식이 맞지 않습니다 (필요한 형식: 문자열)"
            ),
            ("empty.json", "empty file, not an answer sheet", "빈 파일이라 답안지가 아닙니다"),
            ("link.json", "skipped: a symbolic link", "건너뜀: 심볼릭 링크입니다"),
            ("nobody.json", "no learner name", "학습자 이름이 없습니다"),
            ("notes.txt", "skipped: not an answer sheet (*.json)", "건너뜀: 답안지(*.json)가 아닙니다"),
            ("old.json", "format 'scalelab-answers/0' is not", "읽을 수 없는 형식입니다 ('scalelab-answers/0';"),
            ("renamed.json.txt", "skipped: not named *.json", "건너뜀: 이름이 *.json이 아닙니다"),
            ("time.json", "submitted_at 'yesterday' is not a time", "submitted_at 값이 시각이 아닙니다 ('yesterday')"),
            (
                "type.json", "answer to 'tf' should be true or false (true_false), got a number",
                "'tf' 문항(true_false)의 답 형식이 맞지 않습니다: 필요한 형식 true 또는 false, 받은 형식 숫자"
            )
        ])
    func reasons(file: String, english: String, korean: String) throws {
        let directory = try Self.folder()
        defer { removeTemporaryDirectory(directory) }
        for (language, expected) in [(Language.en, english), (.ko, korean)] {
            let outcome = Grader.run(
                GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/in"], language: language))
            let line = outcome.diagnostics.first { $0.hasPrefix(directory + "/in/" + file + ": ") }
            #expect(line?.dropFirst(directory.count + file.count + 6).hasPrefix(expected) == true, "\(line ?? "none")")
            #expect(outcome.graded == 1 && outcome.exitStatus == 1)
        }
    }

    @Test("an input that does not exist and a folder with no sheet are named in Korean")
    func inputs() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        var request = GradeRequest(
            keyPath: directory + "/scaling.gift", inputs: [directory + "/missing"], language: .ko)
        #expect(Grader.run(request).diagnostics == ["\(directory)/missing: 그런 파일이나 폴더가 없습니다. 경로를 확인하십시오"])
        request.inputs = []
        #expect(Grader.run(request).diagnostics == ["답안지를 주지 않았습니다. 답안지 파일이나 폴더를 적으십시오"])
        try FileManager.default.createDirectory(atPath: directory + "/none", withIntermediateDirectories: true)
        request.inputs = [directory + "/none"]
        #expect(
            Grader.run(request).diagnostics == [
                "\(directory)/none: 답안지(*.json)가 없습니다. 'scalelab quiz ... --out'이 쓴 파일을 제출하십시오"
            ])
    }

    @Test("the Markdown report lists rejected sheets in its language; the JSON report keeps English reasons")
    func reports() throws {
        let directory = try Self.folder()
        defer { removeTemporaryDirectory(directory) }
        var request = GradeRequest(
            keyPath: directory + "/scaling.gift", inputs: [directory + "/in"], format: .markdown, language: .ko)
        #expect(Grader.run(request).report.contains("empty.json`: 빈 파일이라 답안지가 아닙니다"))
        request.format = .json
        #expect(Grader.run(request).report.contains("\"reason\" : \"empty file, not an answer sheet"))
    }
}
