extension JSONReport {
    /// Writes pretty-printed JSON to `stream`, a sheet at a time: the document is encoded with no sheets, then each
    /// sheet, written alone and indented as the array holds it, goes where the empty `sheets` array stands.
    package static func write(_ book: Gradebook, statistics: ItemStatistics, to stream: inout some ReportStream) {
        let document = Document(book: book, statistics: statistics, sheets: [])
        let text = String(decoding: InertJSON.encode(document), as: UTF8.self)
        // NB: an encoder's string cannot hold a raw newline, so only the top-level key can match this.
        guard !book.sheets.isEmpty, let empty = text.range(of: "\n  \"sheets\" : [\n\n  ]") else {
            let whole = InertJSON.encode(
                Document(book: book, statistics: statistics, sheets: book.sheets.map { SheetEntry($0) }))
            return stream.write(String(decoding: whole, as: UTF8.self) + "\n")
        }
        stream.write(text[..<empty.lowerBound] + "\n  \"sheets\" : [\n")
        let sheets = book.sheets
        ParallelMap.write(sheets.count, state: SheetEntries(), to: &stream) { entries, index, bytes in
            bytes += (index > 0 ? ",\n    " : "    ").utf8
            entries.append(sheets[index], to: &bytes)
        }
        stream.write("\n  ]" + text[empty.upperBound...] + "\n")
    }

    /// One sheet's entry as the `sheets` array holds it (its first line unindented), made inert.
    static func entryText(_ sheet: GradedSheet) -> String {
        var entries = SheetEntries()
        var bytes: [UInt8] = []
        entries.append(sheet, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes sheet entries, each answer's bytes made once for every sheet that shares the graded item.
    struct SheetEntries {
        // NB: building and writing every answer of every sheet was most of the JSON report: 10,000 sheets x 40
        // questions hold a few hundred distinct answers.
        private var answers = ItemBytes()

        /// Appends `sheet`'s entry as the `sheets` array holds it (its first line unindented), made inert.
        mutating func append(_ sheet: GradedSheet, to out: inout [UInt8]) {
            var json = PrettyJSONWriter(depth: 2)
            SheetEntry(sheet, withAnswers: false).write(to: &json) { json in
                json.verbatim { answersArray(sheet.items, to: &$0) }
            }
            guard json.isInert else {
                out += InertJSON.inert(String(decoding: json.bytes, as: UTF8.self)).utf8
                return
            }
            out += json.bytes
        }

        /// The `answers` array of an entry as `PrettyJSONWriter` writes it there: each answer on its own lines 8
        /// spaces in, the closing bracket 6.
        private mutating func answersArray(_ items: [GradedSheet.GradedItem], to out: inout [UInt8]) {
            // NB: each answer's bytes are kept with the comma, line break and indent before them, so an answer costs
            // one copy (writing the separators one by one was half of writing an entry).
            out += "[\n".utf8
            for (position, item) in items.enumerated() {
                answers.append(item, to: &out, droppingFirst: position == 0 ? 2 : 0, render: Self.answer)
            }
            out += "\n      ]".utf8
        }

        /// The bytes of `item`'s entry, made inert, after `,` and a line break and the 8 spaces it stands in by.
        private static func answer(_ item: GradedSheet.GradedItem) -> [UInt8] {
            var json = PrettyJSONWriter(depth: 4)
            AnswerEntry(item).write(to: &json)
            let entry =
                json.isInert ? json.bytes : Array(InertJSON.inert(String(decoding: json.bytes, as: UTF8.self)).utf8)
            return Array(",\n        ".utf8) + entry
        }
    }
}

extension JSONReport.SheetEntry {
    /// Writes the entry as `JSONEncoder` encodes it (keys in byte order), its answers written by `answers`.
    func write(to json: inout PrettyJSONWriter, answers: (inout PrettyJSONWriter) -> Void) {
        json.object { json in
            json.key("answers")
            answers(&json)
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
