import Synchronization
import Terminal

/// One lesson file's lines and fences. Its sections' text, lab blocks and diagrams are assembled when first
/// asked for and kept for the session: start-up needs only the headings (callgrind, release: assembling
/// every section at load took 75M of the REPL start's 79M instructions).
final class LessonSource: Sendable {
    private struct Cache {
        var markdown: [Range<Int>: String] = [:]
        var labBlocks: [LabBlock]?
        var diagrams: [(line: Int, diagram: LessonDiagram)]?
    }

    let file: String
    private let lines: [String]
    private let labFences: [FenceScanner.Block]
    private let diagramFences: [FenceScanner.Block]
    private let cache = Mutex(Cache())

    init(file: String, lines: [String], scan: FenceScanner) {
        self.file = file
        self.lines = lines
        self.labFences = scan.labBlocks
        self.diagramFences = scan.diagrams
    }

    /// The Markdown of the lines in `range` (0-based), without leading and trailing line breaks.
    func markdown(_ range: Range<Int>) -> String {
        cache.withLock { cache in
            if let text = cache.markdown[range] { return text }
            let text = lines[range].joined(separator: "\n").trimmingNewlines()
            cache.markdown[range] = text
            return text
        }
    }

    /// The lab blocks whose fence opens in `range` (0-based lines).
    func labBlocks(_ range: Range<Int>) -> [LabBlock] {
        let all = cached(\.labBlocks) { labFences.map { $0.block(file: file) } }
        return all.filter { range.contains($0.line - 1) }
    }

    /// The diagrams whose fence opens in `range` (0-based lines), as diagrams of `section`.
    func diagrams(_ range: Range<Int>, section: String) -> [LessonDiagram] {
        let all = cached(\.diagrams) { diagramFences.map { ($0.line, $0.diagram(section: "")) } }
        return all.filter { range.contains($0.line - 1) }.map {
            LessonDiagram(name: $0.diagram.name, section: section, source: $0.diagram.source)
        }
    }

    private func cached<T: Sendable>(_ key: WritableKeyPath<Cache, T?>, _ build: () -> T) -> T {
        cache.withLock { cache in
            if let built = cache[keyPath: key] { return built }
            let built = build()
            cache[keyPath: key] = built
            return built
        }
    }
}
