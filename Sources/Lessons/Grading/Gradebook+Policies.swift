import Foundation

extension Gradebook {
    /// Marks late sheets, applies the late policy, then keeps the latest sheet of each learner.
    mutating func applyDeadline(_ graded: [GradedSheet]) {
        var kept: [GradedSheet] = []
        for var sheet in graded {
            if let deadline = options.deadline, sheet.submittedAt > deadline {
                sheet.lateBy = sheet.submittedAt.timeIntervalSince(deadline)
                switch options.latePolicy {
                case .keep: break
                case .penalise(let share): sheet.penalty = share
                case .drop:
                    dropped.append(sheet)
                    continue
                }
            }
            kept.append(sheet)
        }
        dropped.sort { $0.path < $1.path }
        keepLatest(kept)
    }

    /// One sheet per learner identity: the latest `submitted_at` (the last path on a tie); the others are superseded.
    private mutating func keepLatest(_ graded: [GradedSheet]) {
        let groups = Dictionary(grouping: graded, by: \.identity)
        for identity in groups.keys.sorted() {
            let ordered = groups[identity, default: []].sorted { ($0.submittedAt, $0.path) < ($1.submittedAt, $1.path) }
            sheets.append(ordered[ordered.count - 1])
            superseded += ordered.dropLast()
        }
        superseded.sort { $0.path < $1.path }
    }

    /// How many counted sheets the previous key scores differently on some question not marked by hand (to 1e-9);
    /// a sheet the previous key rejected counts as moved. `movedColumns` holds each path's columns that it scores
    /// differently (`ScoredSheet.movedColumns`).
    func movedCount(movedColumns: [String: [Int]?]) -> Int {
        sheets.filter { sheet in
            guard case .some(.some(let columns)) = movedColumns[sheet.path] else { return true }
            return columns.contains { !sheet.items[$0].isMarked }
        }.count
    }
}
