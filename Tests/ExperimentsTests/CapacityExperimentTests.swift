import Foundation
import Testing

@testable import Experiments

@Suite struct CapacityExperimentTests: ExperimentSuite {
    let experiment: any Experiment = CapacityExperiment()

    /// Checks each named metric against its hand-computed value, relative tolerance 1e-6.
    func expectMetrics(
        _ report: Report, _ expected: KeyValuePairs<String, Double>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for (name, value) in expected {
            let measured = try metric(report, name)
            #expect(
                abs(measured - value) <= 1e-6 * max(1, abs(value)), "\(name): \(measured), expected \(value)",
                sourceLocation: sourceLocation)
        }
    }

    @Test("100 million users, a fifth active, 100 requests each: 23,148 req/s on average, 69,444 at a 3x peak")
    func traffic() throws {
        try expectMetrics(
            try run(),
            [
                "dau": 20_000_000, "requests_per_day": 2_000_000_000, "avg_rps": 2e9 / 86_400,
                "peak_rps": 6e9 / 86_400, "peak_read_rps": 62_500, "peak_write_rps": 6e8 / 86_400
            ])
    }

    @Test("200 million 1 KB writes a day store 73 TB a year; 10 KB responses need 5.56 Gbit/s at the peak")
    func storageAndBandwidth() throws {
        try expectMetrics(
            try run(),
            [
                "writes_per_day": 200_000_000, "storage_gb_per_day": 200, "storage_tb_per_year": 73,
                "storage_tb_kept": 365,
                "peak_egress_gbps": 6e9 / 86_400 * 10_000 * 8 / 1e9, "avg_egress_gbps": 2e9 / 86_400 * 10_000 * 8 / 1e9
            ])
    }

    @Test("App servers at 60%: 694.4 busy workers ÷ (8 × 0.6) = 145 servers, 87 of them enough to stay below 1")
    func appServers() throws {
        try expectMetrics(
            try run(),
            [
                "busy_workers": 6e9 / 86_400 * 0.01, "app_servers": 145, "app_servers_to_survive": 87,
                "app_headroom": 58,
                "app_utilization": 6e9 / 86_400 / 145 * 0.01 / 8
            ])
    }

    @Test("One worker at utilisation 0.5 is M/M/1: Erlang C is ρ, the mean is S ÷ (1 − ρ), the p99 wait ln(50) ÷ 50 s")
    func singleWorkerIsMM1() throws {
        let report = try run(["users=144000", "workers=1", "utilization=0.5", "service_ms=10"])
        try expectMetrics(
            report,
            [
                "peak_rps": 100, "app_servers": 2, "app_utilization": 0.5, "wait_probability": 0.5,
                "app_mean_ms": 20, "wait_p99_ms": log(50) / 50 * 1000, "app_headroom": 0
            ])
    }

    @Test("Two workers at offered load 1 wait with probability 1/3 and spend 13.33 ms in the server")
    func twoWorkersErlangC() throws {
        let report = try run(["users=144000", "workers=2", "utilization=0.5", "service_ms=10"])
        try expectMetrics(report, ["app_servers": 1, "wait_probability": 1.0 / 3, "app_mean_ms": 10 + 1000.0 / 3 / 100])
    }

    @Test("The database: 6,250 missed reads, 12 shards for the writes, 19 for 365 TB, one replica each")
    func database() throws {
        try expectMetrics(
            try run(),
            [
                "db_read_rps": 6250, "shards_for_writes": 12, "shards_for_data": 19, "shards": 19,
                "replicas_per_shard": 1, "db_servers": 38, "storage_tb_all_copies": 730,
                "cold_cache_db_utilization": 62_500.0 / (19 * 2000)
            ])
    }

    @Test("Replicas grow with the reads that miss: hit=0.5 sends 31,250 reads/s to 19 shards, 2 replicas each")
    func replicasFollowMisses() throws {
        try expectMetrics(try run(["hit=0.5"]), ["db_read_rps": 31_250, "replicas_per_shard": 2, "db_servers": 57])
    }

    @Test("Availability: tiers multiply; one shard pair is 1 − (1 − a)², nineteen of them its 19th power")
    func availability() throws {
        let a = 0.999
        let pair = 1 - pow(1 - a, 2)
        let app = CapacityEstimate.atLeast(87, of: 145, each: a)
        try expectMetrics(
            try run(),
            [
                "lb_down_min_per_year": (1 - pair) * 525_600, "cache_down_min_per_year": (1 - pair) * 525_600,
                "db_down_min_per_year": (1 - pow(pair, 19)) * 525_600,
                "availability_pct": pair * app * pair * pow(pair, 19) * 100,
                "slo_min_per_year": 52.56, "slo_min_per_month": 4.32, "slo_min_per_week": 1.008
            ])
    }

    @Test("At least k of n up: the binomial sum, checked by hand for small fleets and bounded for huge ones")
    func atLeastOfFleet() {
        #expect(abs(CapacityEstimate.atLeast(1, of: 2, each: 0.99) - 0.9999) < 1e-12)
        #expect(abs(CapacityEstimate.atLeast(2, of: 2, each: 0.99) - 0.9801) < 1e-12)
        let a = 0.999
        let n1 = pow(a, 146) + 146 * pow(a, 145) * (1 - a)
        #expect(abs(CapacityEstimate.atLeast(145, of: 146, each: a) - n1) < 1e-12)
        #expect(CapacityEstimate.atLeast(3, of: 2, each: 0.99) == 0)
        let huge = CapacityEstimate.atLeast(8_000_000_000, of: 10_000_000_000, each: 0.9)
        #expect(huge == 1)
        #expect(CapacityEstimate.atLeast(9_500_000_000, of: 10_000_000_000, each: 0.9) == 0)
    }

    @Test("Cost: 145 × $300 + 38 × $1,500 + 2 × $600 + 600,000 GB × $0.02 = $113,700 a month")
    func cost() throws {
        try expectMetrics(
            try run(),
            [
                "app_usd_month": 43_500, "db_usd_month": 57_000, "cache_usd_month": 1200, "egress_usd_month": 12_000,
                "cost_usd_month": 113_700, "usd_per_million_requests": 113_700.0 / 60_000
            ])
    }

    @Test("Changing an assumption moves every later number: 50 million users at a 4x peak")
    func assumptionsPropagate() throws {
        try expectMetrics(
            try run(["users=50000000", "peak=4"]),
            [
                "dau": 10_000_000, "peak_rps": 4e9 / 86_400, "storage_tb_per_year": 36.5,
                "app_servers": 97, "shards_for_writes": 8, "shards_for_data": 10
            ])
    }
}
