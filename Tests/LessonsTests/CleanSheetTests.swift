import Foundation
import GradingBenchmarks
import Testing

@testable import Lessons

@Suite("A clean sheet graded straight from its bytes is graded as the general way grades it")
struct CleanSheetTests {
    /// The sheet in `data` graded both ways against `key`, and whether it was clean.
    func bothWays(_ data: Data, key: Quiz, path: String = "sheet.json") -> (
        fast: Result<GradedSheet, SheetProblem>, general: Result<GradedSheet, SheetProblem>, wasClean: Bool
    ) {
        let grading = GradingKey(key)
        var table = GradedItemTable(columns: grading.scoring.count)
        let wasClean =
            grading.layout.flatMap {
                CleanSheet.graded(data, path: path, key: grading, layout: $0, items: &table)
            } != nil
        let (fast, general) = grading.gradedBothWays(data, path: path)
        return (fast, general, wasClean)
    }

    /// A sealed sheet of `key` with an answer to every answerable question, as `quiz --out` writes it.
    func cleanSheet(_ key: Quiz, learner: String = "Ada") -> AnswerSheet {
        var answers: [String: Response] = [:]
        for question in key.answerable {
            switch question.kind {
            case .multipleChoice(let choices): answers[question.id] = .text(choices[0].text)
            case .multipleAnswers(let choices): answers[question.id] = .texts(choices.map(\.text))
            case .trueFalse: answers[question.id] = .bool(true)
            case .numerical: answers[question.id] = .number(4)
            default: answers[question.id] = .text("circuit breaker/fuse")
            }
        }
        return AnswerSheet(
            quiz: key, learner: learner, learnerID: "s1", email: "ada@example.org",
            submittedAt: Date(timeIntervalSince1970: 1_700_000_000), answers: answers)
    }

    func text(_ sheet: AnswerSheet) -> String { String(decoding: sheet.encoded(), as: UTF8.self) }

    @Test("every sheet of a generated batch (hostile names, formulas, broken sheets) grades alike both ways")
    func generatedBatch() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let (key, files) = try generatedSheets(count: 300, questions: 18, seed: 11, in: directory)
        var clean = 0
        for (name, data) in files {
            let (fast, general, wasClean) = bothWays(data, key: key, path: name)
            #expect(fast == general, "\(name)")
            if wasClean { clean += 1 }
        }
        // Every sheet but the broken ones (every 10th) and those with an answer outside the key (every 17th).
        #expect(clean >= 240)
    }

    /// Edits of a clean sheet's text, and whether the sheet is still clean (nil: either way).
    static let edits: [(String, @Sendable (String) -> String, Bool?)] = [
        ("as written", { $0 }, true),
        ("reindented", { $0.replacingOccurrences(of: "\n    \"", with: "\n\t\"") }, true),
        ("slashes escaped", { $0.replacingOccurrences(of: "breaker/fuse", with: "breaker\\/fuse") }, true),
        ("a letter escaped", { $0.replacingOccurrences(of: "\"circuit", with: "\"\\u0063ircuit") }, true),
        ("the learner edited by hand", { $0.replacingOccurrences(of: "\"Ada\"", with: "\"Bob\"") }, false),
        ("the time edited by hand", { $0.replacingOccurrences(of: ":20Z", with: ":21Z") }, false),
        (
            "an answer to a question not in the key",
            { $0.replacingOccurrences(of: "\"answers\" : {", with: "\"answers\" : {\"zz\" : \"x\",") }, false
        ),
        (
            "an answer to the description",
            { $0.replacingOccurrences(of: "\"answers\" : {", with: "\"answers\" : {\"intro\" : \"x\",") }, false
        ),
        ("an answer of the wrong type", { $0.replacingOccurrences(of: "\"A second server\"", with: "1") }, false),
        (
            "the answers twice", { $0.replacingOccurrences(of: "\"email\"", with: "\"answers\" : {},\n  \"email\"") },
            false
        ),
        ("a blank learner", { $0.replacingOccurrences(of: "\"Ada\"", with: "\" \\t\"") }, false),
        ("no seal", { $0.replacingOccurrences(of: "\"seal\"", with: "\"sea1\"") }, false),
        ("version 1", { $0.replacingOccurrences(of: "answers/2", with: "answers/1") }, false),
        ("trailing bytes", { $0 + "x" }, false),
        ("a byte order mark", { "\u{FEFF}" + $0 }, false),
        (
            "compact, in any key order",
            { text in
                let object = try! JSONSerialization.jsonObject(with: Data(text.utf8))
                return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            }, nil
        )
    ]

    @Test("a sheet edited by hand or written otherwise grades as the general way grades it", arguments: edits.indices)
    func edited(index: Int) throws {
        let (name, edit, staysClean) = Self.edits[index]
        let key = sampleKey()
        let (fast, general, wasClean) = bothWays(Data(edit(text(cleanSheet(key))).utf8), key: key)
        #expect(fast == general, "\(name)")
        if let staysClean { #expect(wasClean == staysClean, "\(name)") }
    }

    @Test("a sheet answered on an edited key (a question changed, added or left out) goes the general way")
    func editedKey() throws {
        let key = sampleKey()
        for change in ["changed", "added", "left out"] {
            var sheet = cleanSheet(key)
            switch change {
            case "changed": sheet.questions?["mc"] = String(repeating: "1", count: 64)
            case "added": sheet.questions?["mc"] = nil
            default: sheet.questions?["other"] = String(repeating: "2", count: 64)
            }
            sheet.seal = sheet.computedSeal
            let (fast, general, wasClean) = bothWays(sheet.encoded(), key: key)
            #expect(fast == general, "\(change)")
            #expect(!wasClean, "\(change)")
        }
    }

    @Test("a text met before, escaped or not, shares its item only within its question, and grades as the general way")
    func repeatedTexts() throws {
        let key = sampleKey()
        let grading = GradingKey(key)
        var scorer = SheetScorer(key: grading, previous: nil)
        var swapped = cleanSheet(key, learner: "Bob")
        swapped.answers["sa"] = .text("A second server")  // the right choice of "mc", as a short answer
        swapped.answers["essay"] = .text("A second server")
        swapped.seal = swapped.computedSeal
        let plain = text(cleanSheet(key))
        let files = [
            plain, plain.replacingOccurrences(of: "\"circuit breaker/fuse", with: "\"\\u0063ircuit breaker\\/fuse"),
            text(swapped), plain
        ]
        var graded: [GradedSheet] = []
        for file in files {
            let usual = try scorer.score(file: Data(file.utf8), path: "sheet.json").sheet
            #expect(Result.success(usual) == grading.gradedBothWays(Data(file.utf8)).general)
            graded.append(usual)
        }
        #expect(graded[0].items == graded[1].items && graded[0].items == graded[3].items)
        let (mc, sa) = try (
            #require(key.answerable.firstIndex { $0.id == "mc" }), #require(key.answerable.firstIndex { $0.id == "sa" })
        )
        #expect(graded[2].items[mc].response == .text("A second server") && graded[2].items[mc].score.points == 1)
        #expect(graded[2].items[sa].response == .text("A second server") && graded[2].items[sa].score.points == 0)
    }

    @Test("learners whose names a terminal or a table would act on grade alike both ways")
    func hostileNames() throws {
        let key = sampleKey()
        for learner in SheetGenerator.hostileNames + ["\u{85}next", "a\u{2028}b", "é", "e\u{301}"] {
            let (fast, general, wasClean) = bothWays(cleanSheet(key, learner: learner).encoded(), key: key)
            #expect(fast == general, "\(learner.debugDescription)")
            #expect(wasClean == !UntrustedText.oneLine(learner).isEmpty, "\(learner.debugDescription)")
        }
    }

    @Test("a key whose id JSON would escape has no clean sheets, and its sheets still grade")
    func escapedID() throws {
        let key = try QuizFile.parseGIFT(Data("::say \"hi\":: Stateless? {T}".utf8), path: "k.gift")
        #expect(GradingKey(key).layout == nil)
        let (fast, general, _) = bothWays(cleanSheet(key).encoded(), key: key)
        #expect(fast == general)
        #expect((try? fast.get())?.items.first?.score.points == 1)
    }
}
