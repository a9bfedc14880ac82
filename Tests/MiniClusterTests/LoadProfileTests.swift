import Testing

@testable import MiniCluster

@Suite("Load profiles derive request rates from a user population")
struct LoadProfileTests {
    @Test("100 million users at a 20% daily share and 100 requests each peak near 69,444 req/s")
    func hundredMillionUsers() {
        let profile = LoadProfile.hundredMillionUsers
        #expect(profile.dailyActiveUsers == 20_000_000)
        #expect(profile.requestsPerDay == 2_000_000_000)
        #expect(abs(profile.averageRequestsPerSecond - 23_148.148) < 0.001)
        #expect(abs(profile.peakRequestsPerSecond - 69_444.444) < 0.001)
        #expect(abs(profile.peakReadsPerSecond + profile.peakWritesPerSecond - profile.peakRequestsPerSecond) < 1e-6)
    }

    @Test("built-in profiles are found by their name")
    func names() {
        #expect(LoadProfile.builtIn.map(\.name) == ["100M-users"])
    }
}
