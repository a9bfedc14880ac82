import Foundation
import LabText
import Testing

@testable import Lessons

@Suite("Grading's warnings and notes in Korean")
struct GradingKoreanTests {
    /// A folder with the sample key as `old.gift`, a fixed key as `new.gift`, and sheets answered on the old
    /// one that warn or note each way grading can: hostile, edited, no longer fitting, late and resubmitted.
    private static func folder() throws -> String {
        let directory = makeTemporaryDirectory()
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/old.gift")
        try OutputFile.write(Data(RegradeTests.fixedKeyText.utf8), to: directory + "/new.gift")
        let old = try QuizFile.loadKey(path: directory + "/old.gift")
        let write = { (name: String, learner: String, time: Double, answers: [String: Response]) in
            try AnswerSheet(
                quiz: old, learner: learner, submittedAt: Date(timeIntervalSince1970: time), answers: answers
            ).write(to: directory + "/in/" + name)
        }
        try FileManager.default.createDirectory(atPath: directory + "/in", withIntermediateDirectories: true)
        try write("ada.json", "Ada", 0, ["ma": .texts(["Database"])])
        try write("hostile.json", "Mal", 0, ["zz\u{1B}[2J": .bool(true)])
        try write("late.json", "Lee", 7_500, ["tf": .bool(false)])
        try write("cy-1.json", "Cy", 10, [:])
        try write("cy-2.json", "Cy", 20, [:])
        try write("bob.json", "Bob", 0, [:])
        let bob = try String(contentsOfFile: directory + "/in/bob.json", encoding: .utf8)
        try OutputFile.write(
            Data(bob.replacingOccurrences(of: "\"Bob\"", with: "\"Eve\"").utf8), to: directory + "/in/bob.json",
            replacing: true)
        return directory
    }

    private static func run(_ directory: String, _ language: Language, late: LatePolicy) -> GradeOutcome {
        var request = GradeRequest(
            keyPath: directory + "/new.gift", inputs: [directory + "/in"], language: language)
        request.previousKeyPath = directory + "/old.gift"
        request.deadline = Date(timeIntervalSince1970: 100)
        request.latePolicy = late
        return Grader.run(request)
    }

    /// The line without its file name and without what it quotes (ids, names, paths, flags and times).
    private static func words(_ line: String, folder: String) -> String {
        line.replacingOccurrences(of: folder, with: "")
            .replacingOccurrences(
                of: #"'[^']*'|--[a-z-]+|/in/[a-z0-9-]+\.json|\d{4}-\d\d-\d\dT[\d:]+Z"#, with: "",
                options: .regularExpression)
    }

    @Test(
        "hostile, edited, refitted, late and resubmitted sheets are warned about in Korean, with no English left",
        arguments: [LatePolicy.penalise(0.1), .drop])
    func noEnglishLeft(late: LatePolicy) throws {
        let directory = try Self.folder()
        defer { removeTemporaryDirectory(directory) }
        let english = Self.run(directory, .en, late: late).diagnostics
        let korean = Self.run(directory, .ko, late: late).diagnostics
        let expected = [
            "warning: answer to", "warning: edited after", "warning: the answer to 'ma' does not fit",
            "note: learner 'Cy' handed in 2 sheets", "note: late by 2 h 4 min", "regrade: "
        ]
        for start in expected {
            #expect(english.contains { $0.contains(start) }, "no English line with '\(start)'")
        }
        #expect(korean.count == english.count)
        for line in korean {
            let words = Self.words(line, folder: directory)
            #expect(words.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(line)")
            #expect(words.range(of: "[A-Za-z]{2,}[ ,;]+[A-Za-z]{2,}", options: .regularExpression) == nil, "\(line)")
        }
        #expect(korean.contains { $0.contains("2시간 4분 늦음") })
    }
}
