/// Where the course content lives on disk.
package struct CourseDirectory: Sendable, Hashable {
    /// The `lessons/` folder: `ko/`, `en/`, `scripts/`, `quizzes/`.
    package let path: String
    package init(path: String) { self.path = path }
}
