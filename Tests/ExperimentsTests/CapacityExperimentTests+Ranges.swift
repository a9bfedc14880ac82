import Foundation
import MiniCluster
import Testing

@testable import Experiments

extension CapacityExperimentTests {
    @Test("Every parameter at each end of its range gives finite numbers and true findings")
    func rangeEdges() throws {
        var cases: [[String]] = [[], lowest, highest]
        for spec in experiment.parameters {
            cases += bounds(of: spec).map { ["\(spec.name)=\($0)"] }
        }
        for assignments in cases {
            let report = try run(assignments)
            let values = Dictionary(uniqueKeysWithValues: report.metrics.map { ($0.name, $0.value) })
            #expect(report.metrics.allSatisfy { $0.value.isFinite && $0.value >= 0 }, "\(assignments)")
            #expect(report.findings.allSatisfy { $0.condition.holds(in: values) }, "\(assignments)")
            #expect(try metric(report, "availability_pct") <= 100, "\(assignments)")
        }
    }

    @Test("The defaults say the chain, data-bound shards, the cold-cache overload and a met objective")
    func defaultFindings() throws {
        #expect(
            try run().findings.map(\.id) == [
                "capacity.chain", "capacity.data_shards", "capacity.cold_cache", "capacity.slo_met"
            ])
        #expect(try run(["years=1"]).findings.map(\.id).contains("capacity.write_shards"))
        #expect(try run(["component=0.99"]).findings.map(\.id).contains("capacity.slo_missed"))
        let noWrites = try run(["reads=1"]).findings.map(\.id)
        #expect(!noWrites.contains("capacity.write_shards") && !noWrites.contains("capacity.data_shards"))
    }

    @Test("The defaults are the 100M-users load profile's numbers")
    func defaultsFollowTheProfile() throws {
        let profile = LoadProfile.hundredMillionUsers
        let report = try run()
        #expect(try metric(report, "peak_rps") == profile.peakRequestsPerSecond)
        #expect(try metric(report, "writes_per_day") == profile.writesPerDay)
    }

    @Test("Che over Zipf classes matches the exact per-object sum, and sizing inverts the hit ratio")
    func cheClasses() {
        let zipf = ZipfDistribution(count: 5000, exponent: 0.8)
        let exact = CheApproximation(probabilities: (0..<5000).map { zipf.probability(of: $0) })
        let classes = CheApproximation.zipf(objects: 5000, exponent: 0.8)
        for capacity in [50.0, 500, 2500] {
            let (a, b) = (exact.hitRatio(capacity: capacity), classes.hitRatio(capacity: capacity))
            #expect(abs(a - b) < 0.002, "capacity \(capacity): exact \(a), classes \(b)")
        }
        let big = CheApproximation.zipf(objects: 1e9, exponent: 0.9)
        let size = big.capacity(forHitRatio: 0.8)
        #expect(abs(big.hitRatio(capacity: size) - 0.8) < 1e-6)
        #expect(big.classes.count < 2000)
    }

    private var lowest: [String] { edge(\.first) }
    private var highest: [String] { edge(\.last) }

    private func edge(_ pick: ([String]) -> String?) -> [String] {
        experiment.parameters.compactMap { spec in pick(bounds(of: spec)).map { "\(spec.name)=\($0)" } }
    }

    private func bounds(of spec: ParameterSpec) -> [String] {
        switch spec.domain {
        case .integer(let range): return [String(range.lowerBound), String(range.upperBound)]
        case .real(let range): return [formatParameterNumber(range.lowerBound), formatParameterNumber(range.upperBound)]
        default: return []
        }
    }
}
