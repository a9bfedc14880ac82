import Foundation
import Testing

/// Compares text byte for byte with a golden file in `Goldens` beside the tests; `SCALELAB_RECORD=1` rewrites the file.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SCALELAB_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file, options: .atomic)
            return
        }
        let expected = try? Data(contentsOf: file)
        #expect(
            expected != nil, "missing golden \(file.path); record with SCALELAB_RECORD=1",
            sourceLocation: sourceLocation)
        let firstDifference = expected.flatMap { expected in
            zip(Data(actual.utf8), expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        }
        let at = firstDifference.map { "byte \($0)" } ?? "the end"
        #expect(
            expected == Data(actual.utf8),
            "\(name) differs from its golden file from \(at); SCALELAB_RECORD=1 re-records it",
            sourceLocation: sourceLocation)
    }
}
