import Testing

@Suite struct CourseCheckTests {
    @Test("lessons check passes: every lab block and script runs in both languages, quizzes parse and match")
    func lessonsCheck() async throws {
        let result = try await ScalelabProcess.run(["lessons", "check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("lessons check: "))
        #expect(result.stdout.contains(", 0 failures"))
    }
}
