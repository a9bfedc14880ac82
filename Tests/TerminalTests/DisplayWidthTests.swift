import Testing

@testable import Terminal

@Suite struct DisplayWidthTests {
    @Test(
        "Hangul syllables, CJK and emoji take two columns; ASCII one",
        arguments: [("abc", 3), ("한글", 4), ("가a", 3), ("👥 Users", 8), ("漢字", 4), ("", 0)])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("Combining marks, conjoining jamo and zero-width characters take no column")
    func zeroWidth() {
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // 각 spelt as conjoining jamo
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{1B}") == 0)
    }
}
