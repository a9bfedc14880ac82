import Terminal

/// Lays completion candidates out in columns, as shells list them.
enum CandidateColumns {
    static func layout(_ candidates: [String], width: Int) -> String {
        let cell = (candidates.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perRow = max(1, width / cell)
        return stride(from: 0, to: candidates.count, by: perRow).map { start in
            candidates[start..<min(start + perRow, candidates.count)]
                .map { TextLayout.pad($0, to: cell) }.joined().trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
