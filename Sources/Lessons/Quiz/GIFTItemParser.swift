import LabText

/// Parses one GIFT item: `[::TITLE::] [FORMAT] TEXT [{ ANSWERS }] [TEXT2]`.
struct GIFTItemParser {
    let file: String
    let block: GIFTBlock
    let tokens: [GIFTToken]

    init(file: String, block: GIFTBlock) {
        self.file = file
        self.block = block
        self.tokens = GIFTLexer.tokens(of: block.lines)
    }

    /// The path of a `$CATEGORY:` block, with an error if a question follows without a blank line.
    func category() -> (path: String, error: GIFTError?)? {
        guard let first = block.lines.first, first.text.hasPrefix("$CATEGORY:") else { return nil }
        let path = first.text.dropFirst("$CATEGORY:".count).trimmingWhitespace
        guard block.lines.count > 1 else { return (path, nil) }
        let next = block.lines[1]
        let message = Localized(
            en: "expected a blank line after the $CATEGORY line (this line would be swallowed into the category)",
            ko: "$CATEGORY 줄 뒤에는 빈 줄이 있어야 합니다 (이 줄이 카테고리에 묻혀 버립니다)")
        return (path, error(message, line: next, column: next.firstColumn))
    }

    /// The question of this item, `position` giving the id of an untitled item.
    func parse(position: Int, category: String?) throws(GIFTError) -> Question {
        var rest = tokens[...].trimmed
        let title = try parseTitle(&rest)
        let format = parseFormat(&rest)
        let parts = try sections(of: rest)
        var question = Question(
            id: title ?? "q\(position)", title: title, category: category, text: parts.text,
            format: format, kind: .description, weight: try weight(), line: block.lines[0].number)
        if let answers = parts.answers {
            (question.kind, question.generalFeedback) = try parseAnswerSection(answers, open: parts.open)
        }
        return question
    }

    /// The error for a second question with an id already used on `firstLine`.
    func duplicateError(id: String, firstLine: Int) -> GIFTError {
        let line = block.lines[0]
        return error(
            Localized(
                en:
                    "duplicate question id '\(id)' (first used on line \(firstLine)); give each question its own ::title::",
                ko: "문항 id '\(id)'가 겹칩니다 (처음 쓴 곳은 \(firstLine)번째 줄). 문항마다 다른 ::제목::을 붙이세요"),
            line: line, column: line.firstColumn)
    }

    func error(_ message: Localized, at token: GIFTToken) -> GIFTError {
        let line = block.lines.first { $0.number == token.line } ?? block.lines[0]
        return error(message, line: line, column: token.column)
    }

    private func error(_ message: Localized, line: GIFTLine, column: Int) -> GIFTError {
        GIFTError(file: file, line: line.number, column: column, lineText: line.original, reason: message)
    }

    private func parseTitle(_ rest: inout ArraySlice<GIFTToken>) throws(GIFTError) -> String? {
        guard rest.count >= 2, rest[rest.startIndex].isSpecial(":"), rest[rest.startIndex + 1].isSpecial(":")
        else { return nil }
        let start = rest.startIndex + 2
        var index = start
        while index + 1 < rest.endIndex {
            if rest[index].isSpecial(":") && rest[index + 1].isSpecial(":") {
                let title = rest[start..<index].text
                rest = rest[(index + 2)...].trimmed
                return title.isEmpty ? nil : title
            }
            index += 1
        }
        throw error(
            Localized(
                en: "expected '::' to close the title (write \\: for a literal colon)",
                ko: "제목을 닫는 '::'가 있어야 합니다 (쌍점 글자는 \\:로 적으세요)"),
            at: rest[rest.startIndex])
    }

    private func parseFormat(_ rest: inout ArraySlice<GIFTToken>) -> TextFormat {
        guard rest.first?.character == "[", let close = rest.firstIndex(where: { $0.character == "]" }),
            let format = TextFormat(rawValue: rest[(rest.startIndex + 1)..<close].text)
        else { return .moodle }
        rest = rest[(close + 1)...].trimmed
        return format
    }
}
