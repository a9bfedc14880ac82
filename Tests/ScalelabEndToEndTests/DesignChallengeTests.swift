import Foundation
import Testing

@Suite struct DesignChallengeTests {
    /// Each built-in challenge with a reference design that meets it and a naive one that does not.
    static let cases: [(challenge: String, reference: String, naive: String)] = [
        ("survive-server-crash", "2.1", "single-server"),
        ("four-nines", "100m-users", "2.1"),
        ("read-heavy-100m", "100m-users", "2.1"),
        ("master-failure", "master-semi-sync", "master-async"),
        ("hanging-payments", "payments-queue", "payments-sync")
    ]

    @Test("Every built-in challenge is met by its reference design and failed by the naive one", arguments: cases)
    func challenge(_ entry: (challenge: String, reference: String, naive: String)) async throws {
        let reference = try await ScalelabProcess.run(["design", "check", entry.challenge, entry.reference])
        #expect(reference.status == 0, "\(reference.stdout)\(reference.stderr)")
        #expect(reference.stdout.contains("(100%)") && !reference.stdout.contains("NOT MET"))
        let naive = try await ScalelabProcess.run(["design", "check", entry.challenge, entry.naive])
        #expect(naive.status == 1)
        #expect(
            naive.stdout.contains("NOT MET")
                && naive.stderr.contains("does not meet challenges/\(entry.challenge).challenge"))
    }

    @Test("design check prints each requirement, the run it was checked on, the value measured and a score")
    func checkTable() async throws {
        let result = try await ScalelabProcess.run(["design", "check", "survive-server-crash", "single-server"])
        try Golden.check(result.stdout, named: "design-check-single-server")
    }

    @Test(
        "grade --challenge grades a folder of design files into the quiz gradebooks, one JUnit test case per requirement"
    )
    func gradeDesigns() async throws {
        let folder = try DesignLabTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../lessons/designs")
        for (learner, design) in [("alice", "single-server"), ("bob", "scale-out")] {
            try FileManager.default.copyItem(
                at: lessons.appendingPathComponent(design + ".mmd"), to: folder.appendingPathComponent(learner + ".mmd")
            )
        }
        try "graph LR\n  U[Users] --> X[Thing]\n".write(
            to: folder.appendingPathComponent("carol.mmd"), atomically: true, encoding: .utf8)
        let csv = try await ScalelabProcess.run(["grade", "--challenge", "survive-server-crash", folder.path])
        #expect(csv.status == 1 && csv.stderr.contains("carol.mmd:2:16: error: cannot tell what node X"))
        #expect(
            csv.stdout.hasPrefix(
                "Full name,Grade,Maximum grade,Percentage,Completed,Late (minutes),File,"
                    + "Q. r1 steady: error_rate < 0.001 /1.00,Q. r2 steady: p99_ms < 200 /1.00,Q. r3 kill app at 5s: error_rate < 0.05 /1.00\r\n"
                    + "alice,1,3,33.33,,,\(folder.path)/alice.mmd,1,0,0\r\n"), "\(csv.stdout)")
        let junit = try await ScalelabProcess.run([
            "grade", "--challenge", "survive-server-crash", "--format", "junit", folder.path
        ])
        #expect(junit.stdout.components(separatedBy: "<testcase ").count - 1 == 6)
        #expect(junit.stdout.contains("<failure message=\"expected: p99_ms &lt; 200; feedback: measured "))
        let none = try await ScalelabProcess.run([
            "grade", "--challenge", "survive-server-crash", folder.appendingPathComponent("empty").path
        ])
        #expect(none.status != 0)
    }

    @Test("design compare shows both designs' numbers and what changed in the graph")
    func compare() async throws {
        let result = try await ScalelabProcess.run([
            "design", "compare", "2.1", "scale-out", "load=3000", "requests=20000"
        ])
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.check(result.stdout, named: "design-compare")
        #expect(result.stdout.contains("nodes added: Redis, DB_S1, DB_S2"))
    }
}
