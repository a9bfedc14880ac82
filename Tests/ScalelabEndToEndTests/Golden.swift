import Foundation
import Testing

/// Compares text with a golden file next to the tests; `SCALELAB_RECORD=1` rewrites the file.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["SCALELAB_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(file.path); run the tests with SCALELAB_RECORD=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let firstDifference = zip(
                actual.split(separator: "\n", omittingEmptySubsequences: false),
                expected.split(separator: "\n", omittingEmptySubsequences: false)
            )
            .enumerated().first { $0.element.0 != $0.element.1 }
            let where_ =
                firstDifference.map { "line \($0.offset + 1): got «\($0.element.0)» expected «\($0.element.1)»" }
                ?? "lengths differ"
            Issue.record(
                "\(name) differs from its golden file (\(where_)); SCALELAB_RECORD=1 re-records it",
                sourceLocation: sourceLocation)
        }
    }
}
