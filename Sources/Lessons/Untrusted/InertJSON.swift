import Foundation

/// JSON files scalelab writes, with every control character a terminal could act on written as a
/// `\uXXXX` escape: the same data for a JSON reader, inert bytes for `cat` or a pager.
///
/// `JSONEncoder` escapes C0 controls only; DEL, C1 controls (U+0080–U+009F, which some terminals
/// read as CSI and OSC), U+2028/9 and the bidi controls pass through raw. This escapes them too.
package enum InertJSON {
    /// `value` encoded as pretty JSON with sorted keys and unescaped slashes, then made inert.
    package static func encode<Value: Encodable>(_ value: Value) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        guard !UntrustedText.isInert(text) else { return data }
        return Data(inert(text).utf8)
    }

    /// `json` with every DEL, C1, line/paragraph separator and bidi control written as `\uXXXX`.
    ///
    /// Safe on encoder output: such characters can only stand inside JSON strings there.
    static func inert(_ json: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let value = scalar.value
            if (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                || UntrustedText.isBidiControl(scalar)
            {
                let hex = String(value, radix: 16)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }
}
