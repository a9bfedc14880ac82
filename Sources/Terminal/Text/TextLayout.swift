/// Padding, truncation and wrapping measured in terminal columns (Hangul counts two).
package enum TextLayout {
    package enum Alignment: Sendable { case left, right, center }

    /// `text` padded with spaces to `width` columns (never cut).
    package static func pad(_ text: String, to width: Int, _ alignment: Alignment = .left) -> String {
        let gap = max(0, width - DisplayWidth.of(text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            return String(repeating: " ", count: gap / 2) + text + String(repeating: " ", count: gap - gap / 2)
        }
    }

    /// `text` cut to at most `width` columns, ending with `…` when cut.
    package static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        let room = width - DisplayWidth.of(ellipsis)
        for character in text {
            let columns = DisplayWidth.of(String(character))
            if used + columns > room { break }
            out.append(character)
            used += columns
        }
        return out + ellipsis
    }

    /// Lines of at most `width` columns, breaking at spaces; a word longer than a line is split.
    package static func wrap(_ text: String, to width: Int) -> [String] {
        let width = max(width, 4)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            var columns = DisplayWidth.of(word)
            while columns > width {
                if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                let head = prefix(of: word, columns: width)
                lines.append(head)
                word = String(word.dropFirst(head.count))
                columns = DisplayWidth.of(word)
            }
            if used > 0 && used + 1 + columns > width {
                lines.append(line)
                line = ""
                used = 0
            }
            if used > 0 {
                line += " "
                used += 1
            }
            line += word
            used += columns
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest prefix of `text` that fits in `columns`.
    static func prefix(of text: String, columns: Int) -> String {
        var out = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(String(character))
            if used + width > columns { break }
            out.append(character)
            used += width
        }
        return out.isEmpty ? String(text.prefix(1)) : out
    }
}

extension TextLayout {
    /// `entries` side by side, `separator` apart, starting a new line (after `indent` spaces)
    /// whenever the next entry would pass `width` columns; an entry is never cut.
    package static func flow(_ entries: [String], width: Int, indent: Int = 0, separator: String = "   ") -> [String] {
        let lead = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for entry in entries {
            if !line.isEmpty, DisplayWidth.of(lead + line + separator + entry) > width {
                lines.append(lead + line)
                line = ""
            }
            line += (line.isEmpty ? "" : separator) + entry
        }
        if !line.isEmpty { lines.append(lead + line) }
        return lines
    }
}

extension TextLayout {
    /// Every line of `text` within `width` columns: a longer line wraps at spaces, its
    /// continuation lines indented `hanging` columns past the line's own indentation.
    package static func fitLines(_ text: String, to width: Int, hanging: Int = 2) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            fitLine($0, to: width, hanging: hanging)
        }.joined(separator: "\n")
    }

    /// One line within `width` columns, wrapped at spaces; its indentation is the characters at its
    /// start for which `isLead` holds (spaces, and the `>` of a lab command in a code box), and its
    /// continuation lines start `hanging` columns past it.
    package static func fitLine(
        _ line: Substring, to width: Int, hanging: Int = 2, isLead: (Character) -> Bool = { $0 == " " }
    ) -> [String] {
        guard DisplayWidth.of(line) > width else { return [String(line)] }
        let lead = line.prefix(while: isLead)
        let continuation = String(repeating: " ", count: lead.count + hanging)
        return wrap(String(line.dropFirst(lead.count)), to: width - lead.count - hanging).enumerated().map {
            ($0.offset == 0 ? String(lead) : continuation) + $0.element
        }
    }
}
