import Foundation
import Testing

@Suite("grade, end to end: Korean messages and the gradebook's id and e-mail columns")
struct GradeMessagesTests {
    static let key = "lessons/quizzes/en/section-5.gift"

    @Test("quiz --learner-id and --email reach the CSV's ID number and Email address columns")
    func learnerColumns() async throws {
        let folder = QuizFlowTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let taken = try await ScalelabProcess.run(
            [
                "quiz", Self.key, "--learner", "김민지", "--learner-id", " s1024 ", "--email", "minji@example.edu",
                "--answers", "-", "--out", folder + "/minji.json"
            ], input: "s5-read-cp: 0\n")
        #expect(taken.status == 0, "\(taken.stderr)")
        let graded = try await ScalelabProcess.run(["grade", "--key", Self.key, folder])
        #expect(graded.status == 0, "\(graded.stderr)")
        let lines = graded.stdout.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("Full name,ID number,Email address,Grade,Maximum grade,"))
        #expect(lines[1].hasPrefix("김민지,s1024,minji@example.edu,"), "\(lines[1])")
    }

    @Test("with --lang ko, rejected and skipped sheets and the closing error are in Korean")
    func koreanMessages() async throws {
        let folder = QuizFlowTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let taken = try await ScalelabProcess.run(
            ["quiz", Self.key, "--learner", "Ada", "--answers", "-", "--out", folder + "/ada.json"],
            input: "s5-read-cp: 0\n")
        #expect(taken.status == 0, "\(taken.stderr)")
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.json"))
        try Data("notes".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let graded = try await ScalelabProcess.run(["--lang", "ko", "grade", "--key", Self.key, folder])
        #expect(graded.status == 1)
        #expect(graded.stdout.contains("\nAda,"))
        let stderr = graded.stderr.components(separatedBy: "\n")
        #expect(
            stderr.contains(
                "\(folder)/empty.json: 빈 파일이라 답안지가 아닙니다. 'scalelab quiz ... --out'이 쓴 JSON 객체를 제출하십시오"),
            "\(graded.stderr)")
        #expect(stderr.contains("\(folder)/notes.txt: 건너뜀: 답안지(*.json)가 아닙니다"), "\(graded.stderr)")
        #expect(graded.stderr.contains("grade: 채점하지 못한 답안지가 있습니다. 나머지 1장은 보고서에 있습니다"), "\(graded.stderr)")
    }
}
