import LabText
import Testing

@testable import Experiments

@Suite struct ParameterKeyTests {
    static let servers = ParameterKey<Int>("servers", 1...64, default: 4, Localized(verbatim: "workers"))
    static let rate = ParameterKey<Double>("rate", 1...1000, default: 100, unit: "req/s", Localized(verbatim: "rate"))
    static let mode = ParameterKey<String>(
        "mode", choices: ["async", "sync"], default: "async", Localized(verbatim: "mode"))
    static let trace = ParameterKey<String>(
        "trace", text: "SF", maxLength: 4, default: "", Localized(verbatim: "trace"))
    static let coalesce = ParameterKey<Bool>("coalesce", default: true, Localized(verbatim: "coalesce"))
    static var specs: [ParameterSpec] { [servers.spec, rate.spec, mode.spec, trace.spec, coalesce.spec] }

    @Test("A typed key carries the spec learners type: name, domain, default and unit")
    func keyCarriesSpec() {
        #expect(Self.rate.name == "rate")
        #expect(Self.rate.spec.domain == .real(1...1000))
        #expect(Self.rate.spec.defaultValue == .real(100))
        #expect(Self.rate.spec.unit == "req/s")
        #expect(Self.servers.spec.defaultValue == .integer(4))
        #expect(Self.mode.spec.allowedText.en == "async|sync")
        #expect(Self.trace.spec.domain == .text(alphabet: "SF", maxLength: 4))
        #expect(Self.coalesce.spec.defaultValue == .flag(true))
    }

    @Test("Typed reads return what the parser typed, and typed sets write what a learner would type")
    func typedReadsAndSets() throws {
        var values = try ParameterParser.parse(
            ["servers=8", "mode=sync", "trace=SF", "coalesce=off"],
            specs: Self.specs, experiment: "x")
        #expect(values[Self.servers] == 8)
        #expect(values[Self.rate] == 100)
        #expect(values[Self.mode] == "sync")
        #expect(values[Self.trace] == "SF")
        #expect(values[Self.coalesce] == false)
        values.set(Self.rate, 2.5)
        values.set(Self.servers, 3)
        #expect(values.commandLineText == "servers=3 rate=2.5 mode=sync trace=SF coalesce=false")
    }

    @Test("A real key reads an integer value as a number")
    func realReadsInteger() {
        let values = ParameterValues([(name: "rate", value: .integer(7))])
        #expect(values[Self.rate] == 7.0)
    }

    @Test("Every experiment declares each parameter name once", arguments: ExperimentCatalog.ids)
    func namesAreDistinct(id: String) throws {
        let names = try #require(ExperimentCatalog.experiment(id)).parameters.map(\.name)
        #expect(Set(names).count == names.count, "\(id) declares a parameter name twice: \(names)")
    }

    @Test("run stamps the experiment's id, section, values and seed over what measure filled")
    func runStampsIdentity() throws {
        let capacity = CapacityExperiment()
        var values = ParameterValues(defaultsOf: capacity.parameters)
        values.set(CapacityExperiment.Key.users, 5_000_000)
        let measured = try capacity.measure(values, seed: 42, control: .unattended)
        #expect(measured.experiment.isEmpty && measured.section.isEmpty)
        let report = try capacity.run(values, seed: 42, control: .unattended)
        #expect(report.experiment == "capacity")
        #expect(report.section == capacity.section)
        #expect(report.parameters == values)
        #expect(report.seed == 42)
        #expect(report.metrics == measured.metrics)
    }
}
