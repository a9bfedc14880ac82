import LabText
import Testing

@testable import Lessons

@Suite("GIFT errors in Korean")
struct GIFTErrorKoreanTests {
    /// One bad item for each mistake the parser names.
    static let badItems = [
        "Q {=4 ~5", "Q } x", "Q } x {=a}", "Q {=a {=b}}", "Q {=a} {=b}", "$CATEGORY: x\nQ {=a}",
        "::t:: Q {=a}\n\n::t:: R {=b}",
        "::t Q {=a}", "Q {~a ~b}", "Q {~%50 a}", "Q {~%500%a ~%50%b}", "Q {=}",
        "Q {=a b =c -> d}", "Q {=a -> }", "Q {=a -> b}", "Q {#}", "Q {#abc}"
    ]

    @Test("every parser error has a Korean reason, and the Korean text keeps file, line, column and caret")
    func everyErrorIsKorean() {
        var seen = Set<String>()
        for item in Self.badItems {
            let errors = GIFTParser.parse(item, file: "quiz.gift").errors
            #expect(!errors.isEmpty, "no error for \(item)")
            for error in errors {
                seen.insert(error.reason.en)
                #expect(
                    error.reason.ko.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(error.reason)")
                let korean = error.text(.ko)
                #expect(korean.hasPrefix("quiz.gift:\(error.line):\(error.column): ") && korean.hasSuffix("^"))
            }
        }
        #expect(seen.count >= 15, "the battery reaches only \(seen.count) distinct errors")
    }

    @Test("the count of errors beyond the first 50 is said in Korean")
    func moreErrorsInKorean() {
        let source = Array(repeating: "Q {=4 ~5", count: 60).joined(separator: "\n\n")
        let text = GIFTErrors(GIFTParser.parse(source, file: "quiz.gift").errors).text(.ko)
        #expect(text.hasSuffix("quiz.gift에 오류가 10개 더 있습니다. 위의 것을 고친 뒤 다시 확인하세요"))
    }
}
