/// Reads Moodle GIFT text into questions, reporting every bad item with its line and column.
package enum GIFTParser {
    /// The questions of `text` in order and the errors of the items that could not be read.
    ///
    /// `file` only names the source in errors. Untitled items get `q1`, `q2`, ... by position
    /// among the items (categories are not items); ids must be unique.
    package static func parse(_ text: String, file: String) -> (questions: [Question], errors: [GIFTError]) {
        var questions: [Question] = []
        var errors: [GIFTError] = []
        var category: String?
        var position = 0
        var firstLineOfID: [String: Int] = [:]
        for block in GIFTBlock.blocks(in: text) {
            let item = GIFTItemParser(file: file, block: block)
            if let found = item.category() {
                category = found.path
                if let error = found.error { errors.append(error) }
                continue
            }
            position += 1
            do {
                let question = try item.parse(position: position, category: category)
                if let first = firstLineOfID[question.id] {
                    errors.append(item.duplicateError(id: question.id, firstLine: first))
                    continue
                }
                firstLineOfID[question.id] = question.line
                questions.append(question)
            } catch {
                errors.append(error)
            }
        }
        return (questions, errors)
    }
}
