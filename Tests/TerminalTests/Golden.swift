import Foundation
import Testing

/// Golden files beside these tests; `SCALELAB_RECORD=1` rewrites them.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func input(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["SCALELAB_RECORD"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: file, encoding: .utf8)
        #expect(
            expected != nil, "missing golden \(file.path); record with SCALELAB_RECORD=1",
            sourceLocation: sourceLocation)
        #expect(
            actual == expected, "\(name) differs from its golden file; SCALELAB_RECORD=1 re-records it",
            sourceLocation: sourceLocation)
    }
}
