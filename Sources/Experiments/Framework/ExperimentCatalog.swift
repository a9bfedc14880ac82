/// Every experiment scalelab offers, in the order of the course.
package enum ExperimentCatalog {
    package static let all: [any Experiment] = [
        LoadExperiment(),
        ScaleExperiment(),
        AvailabilityExperiment(),
        CapacityExperiment(),
        SessionsExperiment(),
        ReplicationExperiment(),
        ShardingExperiment(),
        CacheExperiment(),
        CachePatternsExperiment(),
        BreakerExperiment(),
        BulkheadExperiment(),
        RetryExperiment(),
        QueueExperiment(),
        CapExperiment()
    ]

    package static func experiment(_ id: String) -> (any Experiment)? {
        all.first { $0.id == id }
    }

    package static var ids: [String] { all.map(\.id) }
}
