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
    static func entryText(_ sheet: GradedSheet) -> String {
        var writer = PrettyJSONWriter(depth: 2)
        SheetEntry(sheet).write(to: &writer)
        let text = String(decoding: writer.bytes, as: UTF8.self)
        return writer.isInert ? text : InertJSON.inert(text)
    }
}

extension JSONReport.SheetEntry {
    /// Writes the entry as `JSONEncoder` encodes it (keys in byte order).
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("answers")
            json.array(answers) { json, answer in answer.write(to: &json) }
            if let email {
                json.key("email")
                json.string(email)
            }
            json.key("file")
            json.string(file)
            if let late_seconds {
                json.key("late_seconds")
                json.number(late_seconds)
            }
            json.key("learner")
            json.string(learner)
            if let learner_id {
                json.key("learner_id")
                json.string(learner_id)
            }
            json.key("max")
            json.number(max)
            json.key("penalty")
            json.number(penalty)
            json.key("percent")
            json.number(percent)
            json.key("score")
            json.number(score)
            json.key("sealed")
            json.bool(sealed)
            json.key("submitted_at")
            json.string(submitted_at)
            json.key("warnings")
            json.array(warnings) { json, warning in json.string(warning) }
        }
    }
}

extension JSONReport.AnswerEntry {
    /// Writes the entry as `JSONEncoder` encodes it (keys in byte order).
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            if let change {
                json.key("change")
                json.string(change)
            }
            json.key("feedback")
            json.array(feedback) { json, line in json.string(line) }
            json.key("id")
            json.string(id)
            json.key("marked")
            json.bool(marked)
            json.key("max")
            json.number(max)
            json.key("points")
            json.number(points)
            if let response {
                json.key("response")
                json.string(response)
            }
            json.key("right_answer")
            json.string(right_answer)
            json.key("verdict")
            json.string(verdict)
        }
    }
}
