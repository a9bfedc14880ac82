import Foundation
import Testing

@testable import Experiments

@Suite struct AvailabilityExperimentTests: ExperimentSuite {
    let experiment: any Experiment = AvailabilityExperiment()

    @Test("Replicas in parallel: 1 − (1 − a)^n; tiers in series multiply")
    func formulas() throws {
        #expect(abs(AvailabilityExperiment.tier(0.99, replicas: 2) - 0.9999) < 1e-12)
        let report = try run(["dns=1", "lb=1", "app=1", "db=1", "mtbf=999", "mttr=1"])
        #expect(abs(try metric(report, "analytic_availability_pct") - pow(0.999, 4) * 100) < 1e-9)
    }

    @Test("Simulated downtime matches the formula within 10% over 200 years, at several seeds")
    func simulationMatchesFormula() throws {
        for seed: UInt64 in [1, 2, 3] {
            let report = try run([], seed: seed)
            let expected = try metric(report, "analytic_downtime_min_per_year")
            let measured = try metric(report, "measured_downtime_min_per_year")
            #expect(abs(measured / expected - 1) < 0.1, "seed \(seed): \(measured) vs \(expected) min/year")
        }
    }

    @Test("A single server in a tier is the weakest link; duplicating every tier reaches four nines")
    func weakestLinkAndFourNines() throws {
        let report = try run(["lb=1", "db=2"])
        #expect(try metric(report, "weakest_tier") == 1)
        let redundant = try run(["lb=2", "db=2"])
        #expect(try metric(redundant, "analytic_availability_pct") >= 99.99)
        #expect(try metric(try run([]), "servers_for_four_nines") == 9)
    }
}

@Suite struct AvailabilityRangeTests: ExperimentSuite {
    let experiment: any Experiment = AvailabilityExperiment()

    @Test("10,000 years and an MTBF of a million hours run without overflow")
    func longRuns() throws {
        let report = try run(["years=10000", "mtbf=1000000"])
        #expect(try metric(report, "simulated_years") == 10000)
        #expect(try metric(report, "measured_availability_pct") > 99.99)
    }

    @Test("99.99% out of reach within the limits is said, never a recipe above them")
    func outOfReach() throws {
        let report = try run(["mtbf=10", "mttr=10"])
        #expect(try metric(report, "four_nines_reachable") == 0)
        #expect(report.findings.contains { $0.id == "availability.out_of_reach" })
        #expect(!report.findings.contains { $0.id == "availability.to_four_nines" })
    }
}
