import Foundation
import LabText
import Testing

@testable import Lessons

@Suite("Answer sheets, answers files and papers")
struct AnswerSheetTests {
    let key = sampleKey()

    @Test("a sheet is written as sorted JSON and never overwritten unless forced")
    func writeSheet() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let path = directory + "/sheet.json"
        let sheet = AnswerSheet(
            quiz: key, learner: "김민준", submittedAt: Date(timeIntervalSince1970: 0),
            answers: [
                "mc": .text("A second server"), "ma": .texts(["Web server"]), "tf": .bool(false), "num": .number(4),
                "sa": .text("breaker")
            ])
        try sheet.write(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"format\" : \"scalelab-answers/2\""))
        #expect(text.contains("\"submitted_at\" : \"1970-01-01T00:00:00Z\""))
        #expect(text.contains("\"quiz\" : \"scaling\""))
        #expect(throws: OutputFileError.self) { try sheet.write(to: path) }
        try sheet.write(to: path, force: true)
        let (read, warnings) = try AnswerSheet.validated(Data(contentsOf: URL(fileURLWithPath: path)), key: key)
        #expect(read == sheet && warnings.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["sheet.json"])
    }

    @Test(
        "bad sheets are refused with a precise reason",
        arguments: [
            ("{", "not an answer sheet: not valid JSON"),
            (" \n", "empty file, not an answer sheet; hand in the JSON object that 'scalelab quiz ... --out' writes"),
            (
                "[1, 2]",
                "a JSON array, not an answer sheet; a sheet is one JSON object {\"format\": \"scalelab-answers/2\", ...}"
            ),
            (
                #"{"format":"scalelab-answers/3","quiz":"scaling","quiz_sha256":"DIGEST","learner":"a","submitted_at":"2026-01-01T00:00:00Z","answers":{}}"#,
                "format 'scalelab-answers/3' is not 'scalelab-answers/2' (or 'scalelab-answers/1'); make the sheet again with 'scalelab quiz ... --out'"
            ),
            (
                #"{"format":"scalelab-answers/1","quiz":"other","quiz_sha256":"abc","learner":"a","submitted_at":"2026-01-01T00:00:00Z","answers":{}}"#,
                "a version 1 sheet of another version of this quiz or another quiz ('other', digest abc, key 'scaling' DIGEST12): "
                    + "version 1 has no per-question digests to regrade by; grade it with the key it was answered on, or have the learner answer again"
            ),
            (
                #"{"format":"scalelab-answers/2","quiz":"other","quiz_sha256":"abc","questions":{"mc":"x"},"learner":"a","submitted_at":"2026-01-01T00:00:00Z","answers":{}}"#,
                "answers another quiz ('other', digest abc): none of its questions is a question of this key ('scaling', digest DIGEST12); check --key"
            ),
            (
                #"{"format":"scalelab-answers/1","quiz":"scaling","quiz_sha256":"DIGEST","learner":"a","submitted_at":"yesterday","answers":{}}"#,
                "submitted_at 'yesterday' is not a time such as 2026-12-01T09:30:00Z"
            ),
            (
                #"{"format":"scalelab-answers/1","quiz":"scaling","quiz_sha256":"DIGEST","submitted_at":"2026-01-01T00:00:00Z","answers":{}}"#,
                "not an answer sheet: missing field 'learner'"
            ),
            (
                #"{"format":"scalelab-answers/1","quiz":"scaling","quiz_sha256":"DIGEST","learner":" \r\n ","submitted_at":"2026-01-01T00:00:00Z","answers":{}}"#,
                "no learner name"
            ),
            (
                #"{"format":"scalelab-answers/1","quiz":"scaling","quiz_sha256":"DIGEST","learner":"a","submitted_at":"2026-01-01T00:00:00Z","answers":{"num":"4"}}"#,
                "answer to 'num' should be a number (numerical), got a string"
            ),
            (
                #"{"format":"scalelab-answers/1","quiz":"scaling","quiz_sha256":"DIGEST","learner":"a","submitted_at":"2026-01-01T00:00:00Z","answers":{"mc":null}}"#,
                "not an answer sheet: 'answers.mc': expected a string, a list of strings, true/false, a number or an object of strings"
            )
        ])
    func refused(json: String, reason: String) {
        let digest = key.sha256
        let data = Data(json.replacingOccurrences(of: "DIGEST", with: digest).utf8)
        let expected = reason.replacingOccurrences(of: "DIGEST12", with: String(digest.prefix(12)))
        do {
            _ = try AnswerSheet.validated(data, key: key)
            Issue.record("accepted a sheet that should fail with \(reason)")
        } catch {
            #expect(error.reason == expected)
        }
    }

    @Test("answers to ids the key lacks are warnings, not failures")
    func unknownIDs() throws {
        let json =
            #"{"format":"scalelab-answers/1","quiz":"scaling","quiz_sha256":"\#(key.sha256)","learner":"a","submitted_at":"2026-01-01T00:00:00Z","answers":{"zz\u001b[2J":1}}"#
        let (_, warnings) = try AnswerSheet.validated(Data(json.utf8), key: key)
        #expect(warnings.map(\.en) == [#"warning: answer to 'zz\u{1B}[2J' which is not a question of the key"#])
        #expect(warnings.map(\.ko) == [#"경고: 키에 없는 문항 'zz\u{1B}[2J'에 대한 답입니다"#])
    }

    @Test("an answers file is read like typing, and every bad line is reported")
    func answersFile() throws {
        let answers = try AnswersFile.parse(
            "# mine\nmc: a\nma: a, b\ntf: 거짓\n\nnum: 4\nsa: Circuit Breaker\nessay: 길게 썼어요\\n두 줄", file: "a.txt",
            quiz: key)
        #expect(
            answers == [
                "mc": .text("A second server"), "ma": .texts(["Web server", "API server"]), "tf": .bool(false),
                "num": .number(4), "sa": .text("Circuit Breaker"), "essay": .text("길게 썼어요\n두 줄")
            ])
        let error = #expect(throws: AnswersFileError.self) {
            try AnswersFile.parse("mc b\nintro: x\nmc: z\nmc: a\nmc: b", file: "a.txt", quiz: key)
        }
        #expect(
            error?.messages.map(\.en) == [
                "a.txt:1: expected 'id: answer', such as 'q1: b'",
                "a.txt:2: no question 'intro' in quiz 'scaling' (its questions: mc, ma, tf, num, sa, essay)",
                "a.txt:3: could not understand 'z'; type a letter a-c",
                "a.txt:5: 'mc' was already answered on line 4"
            ])
        #expect(error?.text(.ko).hasPrefix("a.txt:1: 'q1: b' 처럼 '문항: 답' 형식으로 쓰세요\n") == true)
    }

    @Test("a paper keeps the key's id, digest, questions and choices but no credit or feedback")
    func paper() throws {
        let paper = QuizPaper(key: key, order: ChoiceOrder(seed: "p.json"))
        let json = String(decoding: paper.encoded(), as: UTF8.self)
        for secret in [
            "fraction", "Half", "feedback", "It only holds copies", "See 1.2", "circuit breaker", "-100", "\"4\""
        ] {
            #expect(!json.contains(secret), "paper leaks \(secret)")
        }
        let quiz = try QuizPaper.decode(paper.encoded(), file: "p.json").makeQuiz()
        #expect(quiz.isPaper && quiz.id == "scaling" && quiz.sha256 == key.sha256)
        #expect(quiz.questions.map(\.id) == key.questions.map(\.id))
        #expect(
            quiz.question(id: "mc")?.kind.choices.map(\.text).sorted() == [
                "A bigger server", "A cache", "A second server"
            ])
        #expect(quiz.question(id: "mc")?.kind.choices.allSatisfy { $0.fraction == 0 } == true)
    }

    @Test("a paper with another format version is refused")
    func paperVersion() {
        let json = #"{"format":"scalelab-paper/9","quiz":"q","quiz_sha256":"x","questions":[]}"#
        #expect(
            throws: QuizFileError(
                path: "p.json",
                reason: Localized(
                    en: "paper format 'scalelab-paper/9' is not 'scalelab-paper/2'; make it again with 'quiz paper'",
                    ko: "시험지 형식이 다릅니다('scalelab-paper/9', 필요한 형식은 'scalelab-paper/2'). 'quiz paper'로 다시 만드세요"))
        ) {
            try QuizPaper.decode(Data(json.utf8), file: "p.json")
        }
    }

    @Test("a sheet with several broken answers or digests names the first in sorted order, on every reading")
    func firstBrokenMember() throws {
        let broken = """
            {"format": "scalelab-answers/2", "quiz": "q", "quiz_sha256": "d", "learner": "Ada",
             "submitted_at": "2025-03-01T09:30:00Z", "questions": {"zz": 1, "mm": "x", "bb": [2]},
             "answers": {"tf": true, "zeta": null, "beta": {"a": 1}, "mu": [3], "alpha": "fine"}}
            """
        let messages = (0..<20).map { _ -> String in
            let result = Result { () throws(SheetProblem) in try AnswerSheet.decoded(Data(broken.utf8)) }
            guard case .failure(let problem) = result else { return "decoded" }
            return problem.message.en
        }
        #expect(Set(messages) == ["not an answer sheet: 'questions.bb': expected a string"])
        let answers = broken.replacingOccurrences(of: #"{"zz": 1, "mm": "x", "bb": [2]}"#, with: "{}")
        let second = try #require(throws: SheetProblem.self) { try AnswerSheet.decoded(Data(answers.utf8)) }
        #expect(second.message.en.hasPrefix("not an answer sheet: 'answers.beta': "))
    }
}
