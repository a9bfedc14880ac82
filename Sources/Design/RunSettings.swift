import MiniCluster

/// What a design run is asked to do: the load, the request mix, the key space and the length.
package struct RunSettings: Sendable, Hashable {
    /// Requests per second arriving from the users.
    package var rate: Double
    /// The share of requests that read (0...1).
    package var readShare: Double
    /// Requests simulated; the first tenth warms the caches and queues up and is not measured.
    package var requests: Int
    /// Distinct keys, drawn with Zipf popularity of `zipf`.
    package var keys: Int
    package var zipf: Double
    package var seed: UInt64
    /// What happens during the run (a spike, a node killed, ...).
    package var scenario: Scenario?
    /// The profile the rate came from, when one was named.
    package var profile: LoadProfile?

    package init(
        rate: Double, readShare: Double = 0.9, requests: Int = 100_000, keys: Int = 100_000, zipf: Double = 0.9,
        seed: UInt64 = 1, scenario: Scenario? = nil, profile: LoadProfile? = nil
    ) {
        self.rate = rate
        self.readShare = readShare
        self.requests = requests
        self.keys = keys
        self.zipf = zipf
        self.seed = seed
        self.scenario = scenario
        self.profile = profile
    }

    /// The peak of a named profile, with its read share.
    package init(profile: LoadProfile, requests: Int = 100_000, seed: UInt64 = 1) {
        self.init(
            rate: profile.peakRequestsPerSecond, readShare: profile.readShare, requests: requests, seed: seed,
            profile: profile)
    }

    /// The virtual time the measured requests span, in seconds.
    package var duration: Double { Double(requests) / rate }
}
