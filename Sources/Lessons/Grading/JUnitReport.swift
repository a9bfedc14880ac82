import LabText

/// The gradebook as JUnit XML: a test suite per learner, a test case per question.
///
/// A wrong or partly right answer is a `failure` whose message holds the expected answer and the
/// feedback; an unanswered question or an essay is `skipped`.
package enum JUnitReport {
    /// Writes well-formed XML 1.0 text to `stream`, a test suite at a time.
    package static func write(_ book: Gradebook, to stream: inout some ReportStream) {
        let failures = book.sheets.map(failureCount).reduce(0, +)
        stream.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        stream.write(
            "<testsuites name=\"\(xml(book.key.id))\" tests=\"\(book.sheets.count * book.columns.count)\" failures=\"\(failures)\" errors=\"0\">"
                + "\n")
        // NB: a test case is the same for every sheet that shares the graded item; writing each anew was most of
        // the report (10,000 sheets x 40 questions hold a few hundred distinct items).
        let (sheets, quiz) = (book.sheets, book.key.id)
        ParallelMap.write(sheets.count, state: ItemBytes(), to: &stream) { cases, index, bytes in
            bytes += suiteStart(sheets[index]).utf8
            for item in sheets[index].items {
                cases.append(item, to: &bytes) { item in
                    Array(testCase(item, quiz: quiz).map { $0 + "\n" }.joined().utf8)
                }
            }
            bytes += "  </testsuite>\n".utf8
        }
        stream.write("</testsuites>\n")
    }

    private static func failureCount(_ sheet: GradedSheet) -> Int {
        sheet.items.filter { $0.score.verdict == .wrong || $0.score.verdict == .partial }.count
    }

    /// The line that opens `sheet`'s test suite.
    private static func suiteStart(_ sheet: GradedSheet) -> String {
        let skipped = sheet.items.filter { $0.score.verdict == .unanswered || $0.score.verdict == .ungraded }.count
        return
            "  <testsuite name=\"\(xml(sheet.learner))\" tests=\"\(sheet.items.count)\" failures=\"\(failureCount(sheet))\" "
            + "errors=\"0\" skipped=\"\(skipped)\" time=\"0\">\n"
    }

    private static func testCase(_ item: GradedSheet.GradedItem, quiz: String) -> [String] {
        let open = "    <testcase classname=\"\(xml(quiz))\" name=\"\(xml(item.question.id))\" time=\"0\""
        let score = item.score
        switch score.verdict {
        case .correct:
            return [open + "/>"]
        case .unanswered, .ungraded:
            return [open + ">", "      <skipped message=\"\(score.verdict.rawValue)\"/>", "    </testcase>"]
        case .wrong, .partial:
            let feedback = score.feedback.map { UntrustedText.oneLine($0, limit: 500) }.joined(separator: " ")
            let message = "expected: \(score.rightAnswer)" + (feedback.isEmpty ? "" : "; feedback: \(feedback)")
            let given = item.response?.displayText ?? ""
            let points = "\(DecimalText.format(score.points)) of \(DecimalText.format(score.maxPoints)) points"
            return [
                open + ">",
                "      <failure message=\"\(xml(message))\" type=\"\(score.verdict.rawValue)\">\(xml("answered: \(given) (\(points))"))</failure>",
                "    </testcase>"
            ]
        }
    }

    /// `text` escaped for XML attributes and content, with characters XML 1.0 forbids dropped.
    package static func xml(_ text: String) -> String {
        // NB: most names, ids and answers need no escape, so they skip the scalar loop; the check runs on the bytes
        // (a search of the five special characters for every byte was a fifth of the JUnit report, callgrind).
        var text = text
        let isPlain = text.withUTF8 { bytes in
            !bytes.contains { byte in
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27: true
                case 0x20...0x7E: false
                default: true
                }
            }
        }
        guard !isPlain else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += "&#10;"
            case "\t": output += "&#9;"
            case "\r": output += "&#13;"
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
