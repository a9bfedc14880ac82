import LabText

/// The parts of an item around its answer section.
struct GIFTItemParts {
    /// The question text; a missing-word question has `_____` where its answers were.
    var text: String
    /// The tokens between `{` and `}`, or nil for a description.
    var answers: ArraySlice<GIFTToken>?
    /// The `{` token, for locating errors in an empty section.
    var open: GIFTToken?
}

extension GIFTItemParser {
    /// Splits the item at its one answer section, from the first unescaped `{` to the first unescaped `}`.
    func sections(of rest: ArraySlice<GIFTToken>) throws(GIFTError) -> GIFTItemParts {
        let open = rest.firstSpecial("{")
        let close = rest.firstSpecial("}")
        switch (open, close) {
        case (nil, nil):
            return GIFTItemParts(text: rest.text, answers: nil, open: nil)
        case (let open?, nil):
            throw error(
                Localized(
                    en: "expected '}' to close the answer section opened here (write \\{ for a literal brace)",
                    ko: "여기서 연 답 부분을 닫는 '}'가 있어야 합니다 (중괄호 글자는 \\{로 적으세요)"), at: rest[open])
        case (nil, let close?):
            throw error(
                Localized(
                    en: "unexpected '}' with no '{' before it (write \\} for a literal brace)",
                    ko: "앞에 '{' 없이 '}'가 나왔습니다 (중괄호 글자는 \\}로 적으세요)"), at: rest[close])
        case (let open?, let close?):
            return try parts(rest, open: open, close: close)
        }
    }

    private func parts(_ rest: ArraySlice<GIFTToken>, open: Int, close: Int) throws(GIFTError) -> GIFTItemParts {
        if close < open {
            throw error(
                Localized(
                    en: "unexpected '}' before the answer section's '{' (write \\} for a literal brace)",
                    ko: "답 부분의 '{'보다 앞에 '}'가 나왔습니다 (중괄호 글자는 \\}로 적으세요)"), at: rest[close])
        }
        if let nested = rest[(open + 1)..<close].firstSpecial("{") {
            throw error(
                Localized(
                    en: "expected '}' before another '{' (write \\{ for a literal brace)",
                    ko: "다른 '{'보다 앞에 '}'가 있어야 합니다 (중괄호 글자는 \\{로 적으세요)"), at: rest[nested])
        }
        let after = rest[(close + 1)...]
        if let extra = after.firstIndex(where: { $0.isSpecial("{") || $0.isSpecial("}") }) {
            throw error(
                Localized(
                    en: "expected only one answer section per question (write \\{ or \\} for a literal brace)",
                    ko: "문항마다 답 부분은 하나만 있어야 합니다 (중괄호 글자는 \\{나 \\}로 적으세요)"), at: rest[extra])
        }
        let before = rest[..<open].text
        let tail = after.text
        let text = tail.isEmpty ? before : [before, "_____", tail].filter { !$0.isEmpty }.joined(separator: " ")
        return GIFTItemParts(text: text, answers: rest[(open + 1)..<close], open: rest[open])
    }

    /// The points from a `// [weight:N]` comment line, 1 when there is none.
    func weight() throws(GIFTError) -> Double {
        guard let tag = block.tag("weight") else { return 1 }
        let (value, line) = tag
        guard let weight = GIFTNumber.parse(value), weight > 0 else {
            let column =
                line.firstColumn
                + (line.text.range(of: "[weight:").map {
                    line.text.distance(from: line.text.startIndex, to: $0.lowerBound)
                } ?? 0)
            throw GIFTError(
                file: file, line: line.number, column: column, lineText: line.original,
                reason: Localized(
                    en: "expected a positive number of points in [weight:N], got '\(value)'",
                    ko: "[weight:N]의 점수는 양수여야 하는데 '\(value)'입니다"))
        }
        return weight
    }
}

/// Strict decimal numbers for GIFT: digits, sign, point and exponent only (no `nan`, `inf` or hex).
enum GIFTNumber {
    /// The finite value of `text`, or nil when it is not a plain decimal number.
    static func parse(_ text: String) -> Double? {
        let allowed = Set("0123456789+-.eE")
        guard !text.isEmpty, text.allSatisfy(allowed.contains), text.contains(where: \.isNumber),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }
}
