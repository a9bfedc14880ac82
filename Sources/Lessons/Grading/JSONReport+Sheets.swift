extension JSONReport {
    /// Writes pretty-printed JSON to `stream`, a sheet at a time: the document is encoded with no sheets, then each
    /// sheet, written alone and indented as the array holds it, goes where the empty `sheets` array stands.
    package static func write(_ book: Gradebook, statistics: ItemStatistics, to stream: inout some TextOutputStream) {
        let document = Document(book: book, statistics: statistics, sheets: [])
        let text = String(decoding: InertJSON.encode(document), as: UTF8.self)
        // NB: an encoder's string cannot hold a raw newline, so only the top-level key can match this.
        guard !book.sheets.isEmpty, let empty = text.range(of: "\n  \"sheets\" : [\n\n  ]") else {
            let whole = InertJSON.encode(
                Document(book: book, statistics: statistics, sheets: book.sheets.map(SheetEntry.init)))
            return stream.write(String(decoding: whole, as: UTF8.self) + "\n")
        }
        stream.write(text[..<empty.lowerBound] + "\n  \"sheets\" : [\n")
        for (index, sheet) in book.sheets.enumerated() {
            stream.write((index > 0 ? ",\n    " : "    ") + entryText(sheet))
        }
        stream.write("\n  ]" + text[empty.upperBound...] + "\n")
    }

    /// One sheet's entry as the `sheets` array holds it (its first line unindented), made inert.
    // NB: JSONEncoder took 60% of writing the JSON report (callgrind); this writes the same bytes.
    static func entryText(_ sheet: GradedSheet) -> String {
        let text = SheetEntry(sheet).json.text(depth: 2)
        return UntrustedText.isInert(text) ? text : InertJSON.inert(text)
    }
}

extension JSONReport.SheetEntry {
    /// The entry as `JSONEncoder` encodes it.
    var json: PrettyJSON {
        var fields: [(key: String, value: PrettyJSON)] = [
            ("answers", .array(answers.map(\.json))), ("file", .string(file)), ("learner", .string(learner)),
            ("max", .number(max)), ("penalty", .number(penalty)), ("percent", .number(percent)),
            ("score", .number(score)), ("sealed", .bool(sealed)), ("submitted_at", .string(submitted_at)),
            ("warnings", .array(warnings.map(PrettyJSON.string)))
        ]
        if let learner_id { fields.append(("learner_id", .string(learner_id))) }
        if let email { fields.append(("email", .string(email))) }
        if let late_seconds { fields.append(("late_seconds", .number(late_seconds))) }
        return .object(fields)
    }
}

extension JSONReport.AnswerEntry {
    /// The entry as `JSONEncoder` encodes it.
    var json: PrettyJSON {
        var fields: [(key: String, value: PrettyJSON)] = [
            ("feedback", .array(feedback.map(PrettyJSON.string))), ("id", .string(id)), ("marked", .bool(marked)),
            ("max", .number(max)), ("points", .number(points)), ("right_answer", .string(right_answer)),
            ("verdict", .string(verdict))
        ]
        if let response { fields.append(("response", .string(response))) }
        if let change { fields.append(("change", .string(change))) }
        return .object(fields)
    }
}
