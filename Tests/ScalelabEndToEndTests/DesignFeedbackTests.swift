import Foundation
import Testing

/// `grade --challenge ... --feedback DIR`: a Markdown file per learner's design, named as quiz
/// feedback is, never replaced without `--force`; gradebooks carry the challenge's digest.
@Suite struct DesignFeedbackTests {
    /// A folder whose `designs/` holds learners' designs: alice a single server, bob two, carol one that does not parse.
    static func designs() throws -> URL {
        let folder = try DesignLabTests.folder()
        let designs = folder.appendingPathComponent("designs")
        try FileManager.default.createDirectory(at: designs, withIntermediateDirectories: true)
        let lessons = ScalelabProcess.repository.appendingPathComponent("lessons/designs")
        for (learner, design) in [("alice", "single-server"), ("bob", "scale-out")] {
            try FileManager.default.copyItem(
                at: lessons.appendingPathComponent(design + ".mmd"),
                to: designs.appendingPathComponent(learner + ".mmd")
            )
        }
        try "graph LR\n  U[Users] --> X[Thing]\n".write(
            to: designs.appendingPathComponent("carol.mmd"), atomically: true, encoding: .utf8)
        return folder
    }

    static func grade(_ designs: URL, feedback: URL, _ extra: [String] = [], korean: Bool = false) async throws
        -> ScalelabProcess.Result
    {
        try await ScalelabProcess.run(
            (korean ? ["--lang", "ko"] : []) + [
                "grade", "--challenge", "survive-server-crash", "--feedback", feedback.path
            ] + extra
                + [designs.appendingPathComponent("designs").path])
    }

    @Test("--feedback writes one file per design with each requirement, the value measured and the fix hint")
    func feedbackFiles() async throws {
        let folder = try Self.designs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feedback = folder.appendingPathComponent("feedback")
        let first = try await Self.grade(folder, feedback: feedback)
        #expect(first.status == 1, "carol's design does not parse: \(first.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: feedback.path).sorted()
        #expect(names == ["alice.md", "bob.md", "carol.md"])
        let alice = try String(contentsOf: feedback.appendingPathComponent("alice.md"), encoding: .utf8)
        try Golden.check(alice.replacingOccurrences(of: folder.path, with: "FOLDER"), named: "design-feedback-alice")
        #expect(alice.contains("put two servers behind a load balancer"))
        let carol = try String(contentsOf: feedback.appendingPathComponent("carol.md"), encoding: .utf8)
        #expect(carol.contains("Not graded") && carol.contains("carol.mmd:2:16"))
        let again = try await Self.grade(folder, feedback: feedback)
        #expect(again.status != 0 && again.stderr.contains("--force"), "\(again.stderr)")
        let forced = try await Self.grade(folder, feedback: feedback, ["--force"], korean: true)
        #expect(forced.status == 1)
        let korean = try String(contentsOf: feedback.appendingPathComponent("alice.md"), encoding: .utf8)
        #expect(korean.contains("## 고칠 점") && korean.contains("로드 밸런서 뒤에 서버 두 대를 두세요"))
    }

    @Test("The Markdown gradebook's header shows the challenge file's real sha256")
    func challengeDigest() async throws {
        let folder = try Self.designs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await ScalelabProcess.run([
            "grade", "--challenge", "survive-server-crash", "--format", "markdown",
            folder.appendingPathComponent("designs/alice.mmd").path
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let sha = try await ScalelabProcess.run(
            ["lessons/challenges/survive-server-crash.challenge"],
            executable: URL(fileURLWithPath: "/usr/bin/sha256sum"))
        let digest = String(sha.stdout.prefix(12))
        #expect(digest.count == 12 && result.stdout.contains("(sha256 \(digest))"), "\(result.stdout.prefix(400))")
    }
}
