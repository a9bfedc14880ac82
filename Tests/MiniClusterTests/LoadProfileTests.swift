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

@Suite("Load profiles derive storage and bandwidth from bytes per write and per response")
struct LoadProfileVolumeTests {
    @Test("200 million 1 KB writes a day are 73 TB a year; 69,444 responses of 10 KB are 694 MB/s")
    func volumes() {
        let profile = LoadProfile.hundredMillionUsers
        #expect(abs(profile.writesPerDay - 200_000_000) < 1e-3)
        #expect(abs(profile.storedBytesPerYear - 73e12) < 1)
        #expect(abs(profile.peakEgressBytesPerSecond - 694_444_444.4) < 1)
    }

    @Test("a profile made with the old initialiser gets the default sizes")
    func oldInitialiserStillWorks() {
        let profile = LoadProfile(
            name: "small", users: 1000, dailyActiveShare: 0.5, requestsPerActivePerDay: 10,
            readShare: 0.5, peakFactor: 2)
        #expect(profile.responseBytes == 10_000 && profile.writeBytes == 1_000)
        #expect(profile.writesPerDay == 2500)
    }
}
