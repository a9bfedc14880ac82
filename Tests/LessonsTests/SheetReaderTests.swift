import Foundation
import GradingBenchmarks
import Testing

@testable import Lessons

@Suite("The fast sheet reader agrees with JSONDecoder")
struct SheetReaderTests {
    /// The bytes of 120 generated sheets (hostile names, formula answers, broken sheets) for the benchmark key.
    func generatedSheets(_ name: String = #function) throws -> (key: Quiz, files: [Data]) {
        let directory = makeTemporaryDirectory(name)
        defer { removeTemporaryDirectory(directory) }
        let keyPath = directory + "/bench.gift"
        try OutputFile.write(Data(GradingBenchmark.key(questions: 12).utf8), to: keyPath)
        let key = try QuizFile.loadKey(path: keyPath)
        _ = try SheetGenerator.write(count: 120, key: key, directory: directory, seed: 11)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
        return (key, try names.sorted().map { try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)) })
    }

    @Test("every sheet the fast reader reads, JSONDecoder reads as the same sheet, and it reads every whole sheet")
    func generatedSheetsAgree() throws {
        let (_, files) = try generatedSheets()
        var read = 0
        for data in files {
            let slow = try? AnswerSheet.foundationDecoded(data)
            guard let fast = SheetReader.sheet(data) else {
                #expect(slow == nil || slow?.format != AnswerSheet.formatVersion)
                continue
            }
            read += 1
            #expect(fast == slow)
        }
        #expect(read >= 108)
    }

    @Test("the direct seal bytes give the seal JSONEncoder's bytes give, for hostile names and answers")
    func sealsAgree() throws {
        let (_, files) = try generatedSheets()
        let sheets = files.compactMap { try? AnswerSheet.foundationDecoded($0) }
        #expect(sheets.count >= 108)
        for sheet in sheets {
            #expect(SheetSeal.digest(of: sheet) == sheet.computedSeal, "\(sheet.learner)")
        }
    }

    @Test(
        "input the fast reader leaves to JSONDecoder is read, or rejected, exactly as before",
        arguments: [
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t","answers":{},"email":null}"#,
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t","answers":{},"extra":1}"#,
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","learner":"b","submitted_at":"t","answers":{}}"#,
            "\u{FEFF}" + #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t","answers":{}}"#,
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t","answers":{"x":1e400}}"#,
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"\ud800","submitted_at":"t","answers":{}}"#,
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t","answers":{"x":[1]}}"#,
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t","answers":{"x":01}}"#,
            #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t"}"#
        ])
    func leftToJSONDecoder(_ text: String) {
        let data = Data(text.utf8)
        #expect(SheetReader.sheet(data) == nil)
        let before = Result { () throws(SheetProblem) in try AnswerSheet.foundationDecoded(data) }
        let now = Result { () throws(SheetProblem) in try AnswerSheet.decoded(data) }
        #expect(now == before)
    }

    /// A plain sheet whose `answers` object is `answers`.
    static func sheet(answers: String) -> String {
        #"{"format":"f","quiz":"q","quiz_sha256":"d","learner":"a","submitted_at":"t","answers":"# + answers + "}"
    }

    @Test(
        "an odd sheet gives the same sheet, or the same problem, on the fast path and through JSONDecoder",
        arguments: [
            (#"{"x":-0,"y":0.0,"z":1E5,"w":1e+5,"v":1.5e-5,"u":-12.25,"t":123456789012345678901234567890}"#, true),
            (#"{"x":1.}"#, false), (#"{"x":.5}"#, false), (#"{"x":+1}"#, false), (#"{"x":1e}"#, false),
            (#"{"x":0x10}"#, false), (#"{"x":1e309}"#, false), (#"{"x":-}"#, false), (#"{"x":null}"#, false),
            (#"{"x":"a","x":"b"}"#, false), (#"{"x":{"k":"a","k":"b"}}"#, false), (#"{"x":[["a"]]}"#, false),
            (#"{"x":{"k":{"j":"v"}}}"#, false), (#"{"x":[{"k":"v"}]}"#, false), (#"{"x":{"k":1}}"#, false),
            (#"{"x":["a",]}"#, false), (#"{"x":"a",}"#, false), (#"{"x" "a"}"#, false), (#"{"x":"a"} x"#, false),
            (#"{"x":"\u0041\u00e9\ud83d\ude00\u002F\/\\\"\b\f\n\r\t"}"#, true), (#"{"x":"\udc00"}"#, false),
            (#"{"x":"\ud800\u0041"}"#, false), (#"{"x":"\x"}"#, false), (#"{"x":"\u12"}"#, false),
            ("{\"x\":\"a\u{1}b\"}", false), ("{\"x\":\"a\u{7F}b\"}", true),
            (" \t\r\n{ \"x\" :\t[ ] ,\"y\":{ } }\n", true), (#"{"not in key":true,"":false,"é":["",""]}"#, true),
            (#"{"x":tru}"#, false), (#"{"x":falsey}"#, false)
        ])
    func oddSheetsAgree(answers: String, readsFast: Bool) {
        let data = Data(Self.sheet(answers: answers).utf8)
        let slow = Result { () throws(SheetProblem) in try AnswerSheet.foundationDecoded(data) }
        let fast = SheetReader.sheet(data)
        #expect((fast != nil) == readsFast)
        if let fast { #expect(Result.success(fast) == slow) }
        #expect(Result { () throws(SheetProblem) in try AnswerSheet.decoded(data) } == slow)
    }

    @Test("a string that is not valid UTF-8 is left to JSONDecoder, which rejects it")
    func brokenUTF8() {
        for bytes: [UInt8] in [[0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF]] {
            let around = Self.sheet(answers: #"{"x":"@"}"#).split(separator: "@")
            let data = Data(Array(around[0].utf8) + bytes + Array(around[1].utf8))
            #expect(SheetReader.sheet(data) == nil, "\(bytes)")
            #expect(throws: SheetProblem.self) { try AnswerSheet.decoded(data) }
        }
    }

    @Test("escapes, surrogate pairs and every response type read as JSONDecoder reads them")
    func escapesAgree() {
        let text = #"""
            {"answers":{"a":"\u00e9\ud83d\ude00\/\b\f\n\r\t\"\\","b":["x","y"],"c":true,"d":-0.5e-3,"e":{"k":"v"},
            "f":[],"g":{}},"email":"e@x","format":"scalelab-answers/2","learner":"김민준","learner_id":"s1",
            "questions":{"a":"0"},"quiz":"q","quiz_sha256":"d","seal":"s","submitted_at":"2026-12-01T09:30:00Z"}
            """#
        let data = Data(text.utf8)
        #expect(SheetReader.sheet(data) != nil)
        #expect(SheetReader.sheet(data) == (try? AnswerSheet.foundationDecoded(data)))
    }
}
