/// How a workshop shows results: at once after each answer, or only when the instructor releases them.
package enum WorkshopMode: String, Sendable, Hashable, CaseIterable, Codable {
    case practice, exam
}
