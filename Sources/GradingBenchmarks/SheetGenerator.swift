import Foundation
import Lessons

/// Generates answer sheets for tests and benchmarks: seeded, with broken sheets, hostile names and formula-like answers.
package enum SheetGenerator {
    /// How many sheets were written, and how many of them should be rejected.
    package struct Batch: Sendable, Hashable {
        package var written: Int
        package var broken: Int
    }

    /// Learner names that try to break terminals, spreadsheets, tables and file systems.
    package static let hostileNames = [
        "=cmd|' /C calc'!A0", "\u{1B}]0;pwned\u{07}\u{1B}[31mred\u{1B}[0m", "\u{202E}gnp.exe", "../../etc/passwd",
        "+SUM(1,2)", "-2+3", "@import", "\tTabbed", "\rCarriage", "O'Brien, \"Bob\"", "<b>&amp;</b>", "..", "김민준", "이서연"
    ]

    /// Answers a spreadsheet would run as formulas.
    package static let formulaAnswers = ["=1+1", "+HYPERLINK(\"x\")", "-1", "@SUM(A1)", "\t=2", "\r=3"]

    /// Writes `count` sheets for `key` into `directory` as `sheet-NNN.json`; every 10th (from the 8th) is broken.
    package static func write(count: Int, key: Quiz, directory: String, seed: UInt64) throws -> Batch {
        var random = SplitMix64(seed: seed)
        var broken = 0
        // NB: one template keeps the 40 question digests of a bench key from being recomputed for each of 100,000 sheets.
        let template = AnswerSheet(
            quiz: key, learner: "", submittedAt: Date(timeIntervalSince1970: 1_700_000_000), answers: [:])
        for index in 0..<count {
            let learner = index % 3 == 0 ? hostileNames[(index / 3) % hostileNames.count] : "learner-\(index)"
            var sheet = template
            sheet.learner = learner
            sheet.learnerID = "s\(index)"
            for question in key.answerable where random.next() % 8 != 0 {
                sheet.answers[question.id] = response(to: question, random: &random)
            }
            if index % 17 == 5 { sheet.answers["not-in-key"] = .text("extra") }
            sheet.seal = sheet.computedSeal
            var data = sheet.encoded()
            if index % 10 == 7 {
                data = breakSheet(sheet, key: key, kind: index / 10)
                broken += 1
            }
            try OutputFile.write(
                data,
                to: (directory as NSString).appendingPathComponent(fileName(index)))
        }
        return Batch(written: count, broken: broken)
    }

    private static func response(to question: Question, random: inout SplitMix64) -> Response {
        switch question.kind {
        case .multipleChoice(let choices):
            return .text(choices[Int(random.next() % UInt64(choices.count))].text)
        case .multipleAnswers(let choices):
            return .texts(choices.filter { _ in random.next() % 2 == 0 }.map(\.text))
        case .trueFalse:
            return .bool(random.next() % 2 == 0)
        case .numerical(let answers):
            let right = answers.first?.value ?? 0
            return .number(random.next() % 3 == 0 ? right + 1 : right)
        case .shortAnswer(let answers):
            let options = answers.map(\.text) + formulaAnswers
            return .text(options[Int(random.next() % UInt64(options.count))])
        case .matching(let pairs):
            let options = pairs.options
            return .pairs(
                Dictionary(pairs.prompts.map { ($0, options[Int(random.next() % UInt64(options.count))]) }) {
                    first, _ in first
                })
        case .essay, .description:
            return .text(formulaAnswers[Int(random.next() % UInt64(formulaAnswers.count))] + "\n둘째 줄")
        }
    }

    private static func breakSheet(_ sheet: AnswerSheet, key: Quiz, kind: Int) -> Data {
        var broken = sheet
        switch kind % 5 {
        case 0: return Data("{\"format\": \"scalelab-answers/1\", \"learner\": ".utf8)
        case 1: broken.format = "scalelab-answers/0"
        case 2:
            broken.quiz = "another-quiz"
            broken.quizSHA256 = String(repeating: "0", count: 64)
            broken.questions = ["q1": String(repeating: "0", count: 64)]
        case 3: broken.learner = " "
        default:
            let question = key.answerable.first { !$0.accepts(.number(1)) }
            broken.answers[question?.id ?? "x"] = .number(1)
        }
        return broken.encoded()
    }

    /// `sheet-007.json`: the index padded to three digits, so names sort in order.
    private static func fileName(_ index: Int) -> String {
        let digits = String(index)
        return "sheet-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".json"
    }
}
