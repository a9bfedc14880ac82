import Foundation

extension Gradebook {
    /// Marks late sheets in `graded`, applies the late policy, then keeps the latest sheet of each learner.
    mutating func applyDeadline(_ graded: inout [GradedSheet]) {
        if let deadline = options.deadline {
            for index in graded.indices where graded[index].submittedAt > deadline {
                graded[index].lateBy = graded[index].submittedAt.timeIntervalSince(deadline)
                if case .penalise(let share) = options.latePolicy { graded[index].penalty = share }
            }
            if options.latePolicy == .drop {
                dropped = graded.filter { $0.lateBy != nil }.sorted { $0.path < $1.path }
                graded.removeAll { $0.lateBy != nil }
            }
        }
        keepLatest(graded)
    }

    /// One sheet per learner identity: the latest `submitted_at` (the last path on a tie); the others are superseded.
    private mutating func keepLatest(_ graded: [GradedSheet]) {
        // NB: sorting indices, rather than grouping copies of the sheets, holds each sheet once (peak memory).
        let identities = graded.map(\.identity)
        let order = graded.indices.sorted {
            (identities[$0], graded[$0].submittedAt, graded[$0].path)
                < (identities[$1], graded[$1].submittedAt, graded[$1].path)
        }
        for (position, index) in order.enumerated() {
            let isLatest = position == order.count - 1 || identities[order[position + 1]] != identities[index]
            if isLatest { sheets.append(graded[index]) } else { superseded.append(graded[index]) }
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
