import Testing

@testable import Experiments
@testable import MiniCluster

/// Independent runs on several workers: same bytes out as one worker, results in index order.
@Suite struct ParallelRunsTests {
    @Test("A sweep on two workers prints the same JSON, byte for byte, as on one")
    func sweepSerialAndParallel() throws {
        let load = LoadExperiment()
        var base = ParameterValues(defaultsOf: load.parameters)
        base.set(LoadExperiment.Key.requests, 5_000)
        func sweep(workers: Int) throws -> String {
            try Sweep.run(
                load, text: "sweep=rate:500..3000:6", base: base, seed: 3, control: RunControl(workers: workers)
            )
            .jsonText(language: .en)
        }
        let serial = try sweep(workers: 1)
        #expect(try sweep(workers: 2) == serial)
        #expect(try sweep(workers: 4) == serial)
    }

    @Test("retry's replications on four workers give the report one worker gives")
    func replicationsSerialAndParallel() throws {
        let retry = RetryExperiment()
        let values = try ParameterParser.parse(
            ["replications=6", "clients=50"], specs: retry.parameters, experiment: "retry")
        let serial = try retry.run(values, seed: 5, control: RunControl(workers: 1)).jsonText(language: .ko)
        #expect(try retry.run(values, seed: 5, control: RunControl(workers: 4)).jsonText(language: .ko) == serial)
    }

    @Test("Results come back in index order and the first failing index's error is rethrown")
    func orderAndErrors() throws {
        struct Failure: Error, Equatable { let index: Int }
        let squares = try ParallelRuns.map(9, control: RunControl(workers: 2)) { index, _ in index * index }
        #expect(squares == (0..<9).map { $0 * $0 })
        #expect(throws: Failure(index: 3)) {
            try ParallelRuns.map(8, control: RunControl(workers: 2)) { index, _ in
                if index == 3 || index == 6 { throw Failure(index: index) }
                return index
            }
        }
    }

    @Test("Each job gets an equal share of the event budget and one worker")
    func budgetShare() throws {
        let budgets = try ParallelRuns.map(4, control: RunControl(eventBudget: 1_000, workers: 2)) { _, part in
            [part.eventBudget, part.workers]
        }
        #expect(budgets == Array(repeating: [250, 1], count: 4))
    }
}
