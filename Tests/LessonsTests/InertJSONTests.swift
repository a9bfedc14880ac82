import Foundation
import Testing

@testable import Lessons

@Suite("JSON files scalelab writes carry no control a terminal acts on")
struct InertJSONTests {
    @Test("C1, DEL, separators and bidi controls are escaped and decode back to the same text")
    func escapesAndRoundTrips() throws {
        let hostile = ["name": "a\u{9B}2Jb\u{7F}c\u{2028}d\u{202E}e\u{1B}]52;x\u{07}", "plain": "김민준"]
        let data = InertJSON.encode(hostile)
        let text = String(decoding: data, as: UTF8.self)
        #expect(UntrustedText.isInert(text))
        #expect(
            text.contains(#"\u009b"#) && text.contains(#"\u007f"#) && text.contains(#"\u2028"#)
                && text.contains(#"\u202e"#))
        #expect(text.contains("김민준"))
        #expect(try JSONDecoder().decode([String: String].self, from: data) == hostile)
    }

    @Test("plain data is written exactly as JSONEncoder writes it")
    func plainIsUnchanged() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let value = ["b": "1/2", "a": "한국어"]
        #expect(InertJSON.encode(value) == (try encoder.encode(value)))
    }
}
