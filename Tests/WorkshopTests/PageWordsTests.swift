import Testing

@testable import Workshop

/// The words of the learner and dashboard pages: every key in both languages, labels capitalised.
@Suite struct PageWordsTests {
    /// The keys and texts of one language's table in `common.js`.
    static func words(_ language: String) -> [String: String] {
        let source = CommonScript.source
        let start = source.range(of: "\(language): {")!.upperBound
        let end = source[start...].range(of: " },\n")!.lowerBound
        let pairs = source[start..<end].matches(of: /([A-Za-z_]+): "([^"]*)"/).map {
            (String($0.output.1), String($0.output.2))
        }
        return Dictionary(pairs) { first, _ in first }
    }

    /// Every `t("key")` and table column both pages look up.
    static let used: Set<String> = {
        let scripts = [DashboardScript.source, LearnerScript.source, LearnerInputsScript.source]
        var keys = Set(scripts.flatMap { $0.matches(of: /\bt\("([A-Za-z_]+)"/).map { String($0.output.1) } })
        keys.formUnion(columns)
        return keys
    }()

    /// The column names of the dashboard's tables.
    static let columns: [String] = DashboardScript.source.matches(of: /stackedTable\("[a-z]+", \[([^\]]*)\]/)
        .flatMap { $0.output.1.matches(of: /"([a-z]+)"/).map { String($0.output.1) } }

    @Test("English and Korean have the same keys, and every key the pages use is there")
    func sameKeys() {
        let english = Self.words("en")
        let korean = Self.words("ko")
        #expect(english.count > 40)
        #expect(Set(english.keys) == Set(korean.keys))
        #expect(Self.used.subtracting(english.keys).isEmpty, "\(Self.used.subtracting(english.keys).sorted())")
        #expect(korean.values.allSatisfy { $0.contains { ("가"..."힣").contains($0) } || $0.hasPrefix("{") })
    }

    @Test("Every column heading of the dashboard is capitalised in English and Korean in Korean")
    func headings() {
        let english = Self.words("en")
        let korean = Self.words("ko")
        #expect(Self.columns.contains("facility") && Self.columns.contains("discrimination"))
        for column in Self.columns {
            #expect(english[column]?.first?.isUppercase == true, "\(column): \(english[column] ?? "none")")
            #expect(korean[column]?.contains { ("가"..."힣").contains($0) } == true, "\(column)")
        }
    }
}
