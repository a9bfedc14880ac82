import Foundation
import Testing

@testable import Experiments

@Suite struct ScaleExperimentTests {
    let scale = ScaleExperiment()

    func values(_ assignments: [String]) throws -> ParameterValues {
        try ParameterParser.parse(assignments, specs: scale.parameters, experiment: "scale")
    }

    func metric(_ report: Report, _ name: String) throws -> Double {
        try #require(report.metric(name), "missing \(name)").value
    }

    @Test("Capacity follows the Universal Scalability Law and peaks at N* = √((1−σ)/κ)")
    func universalScalabilityLaw() throws {
        let plan = ScalePlan(values: try values(["sigma=0.02", "kappa=0.0005", "service=1"]))
        #expect(abs(plan.capacity(cores: 8) - 1000 * 8 / (1 + 0.02 * 7 + 0.0005 * 56)) < 1e-9)
        #expect(abs(Double(plan.ceiling.cores) - sqrt(0.98 / 0.0005)) < 1)
    }

    @Test("A saturated machine's simulated throughput equals its USL capacity within 3%")
    func saturatedThroughput() throws {
        let report = try scale.run(try values(["rate=40000"]), seed: 1, control: .unattended)
        #expect(abs(try metric(report, "up_throughput_rps") / (try metric(report, "up_ceiling_rps")) - 1) < 0.03)
        #expect(abs(try metric(report, "out_throughput_rps") / 40000 - 1) < 0.03)
    }

    @Test("Prices: one machine costs cores^exponent; scale-out pays per small machine")
    func prices() throws {
        let report = try scale.run(try values(["rate=20000", "price_exponent=1.5"]), seed: 1, control: .unattended)
        let machines = try metric(report, "out_machines")
        #expect(machines == 8)
        let outCost = try metric(report, "out_cost_per_1k") * (try metric(report, "out_throughput_rps")) / 1000
        #expect(abs(outCost - machines * pow(4, 1.5)) < 1e-6)
        #expect(try metric(report, "up_cost_per_1k") > 3 * (try metric(report, "out_cost_per_1k")))
    }

    @Test("A crash leaves nothing of one big machine and (M−1)/M of M small ones")
    func crash() throws {
        let report = try scale.run(try values([]), seed: 1, control: .unattended)
        #expect(try metric(report, "up_capacity_after_crash_pct") == 0)
        #expect(try metric(report, "out_capacity_after_crash_pct") == 87.5)
    }
}

@Suite struct ScaleFindingTests: ExperimentSuite {
    let experiment: any Experiment = ScaleExperiment()

    @Test("Big machines are said to cost more only when their price per 1,000 req/s is higher")
    func costFinding() throws {
        for rate in ["1", "1000", "20000"] {
            let report = try run(["rate=\(rate)", "requests=20000"])
            let says = report.findings.contains { $0.id == "scale.up_costs_more" }
            #expect(
                says == (try metric(report, "up_cost_per_1k") > metric(report, "out_cost_per_1k") * 1.05),
                "rate \(rate)")
        }
    }
}
