/// A named traffic profile derived from a user population: the arithmetic from "100 million
/// users" to requests per second that the course's capacity chapter walks through and the
/// design lab runs.
///
///     let profile = LoadProfile.hundredMillionUsers
///     profile.averageRequestsPerSecond  // 23148.1... (2 billion requests a day / 86,400 s)
///     profile.peakRequestsPerSecond     // 69444.4... (3x the average)
package struct LoadProfile: Sendable, Hashable {
    /// The profile's name, as typed in `load=NAME`.
    package var name: String
    /// Registered users.
    package var users: Double
    /// The share of users active on a given day (0...1).
    package var dailyActiveShare: Double
    /// Requests each daily active user makes in a day.
    package var requestsPerActivePerDay: Double
    /// The share of requests that read (0...1); the rest write.
    package var readShare: Double
    /// How much busier the peak hour is than the daily average.
    package var peakFactor: Double
    /// Average bytes a response carries (the page or API payload): drives bandwidth.
    package var responseBytes: Double
    /// Bytes each write adds to the stored data (one new record): drives storage.
    package var writeBytes: Double
    /// Distinct objects read in a day (the cache's candidates).
    package var objectsReadPerDay: Double

    package init(
        name: String, users: Double, dailyActiveShare: Double, requestsPerActivePerDay: Double,
        readShare: Double, peakFactor: Double, responseBytes: Double = 10_000, writeBytes: Double = 1_000,
        objectsReadPerDay: Double = 100_000_000
    ) {
        precondition(
            users > 0 && (0...1).contains(dailyActiveShare) && requestsPerActivePerDay > 0
                && (0...1).contains(readShare) && peakFactor >= 1
                && responseBytes > 0 && writeBytes > 0 && objectsReadPerDay >= 1,
            "load profile '\(name)' out of range: users \(users), active \(dailyActiveShare), "
                + "requests \(requestsPerActivePerDay), reads \(readShare), peak \(peakFactor), "
                + "response \(responseBytes) B, write \(writeBytes) B, objects \(objectsReadPerDay)")
        self.name = name
        self.users = users
        self.dailyActiveShare = dailyActiveShare
        self.requestsPerActivePerDay = requestsPerActivePerDay
        self.readShare = readShare
        self.peakFactor = peakFactor
        self.responseBytes = responseBytes
        self.writeBytes = writeBytes
        self.objectsReadPerDay = objectsReadPerDay
    }

    /// The document's scale: 100 million users, a fifth of them active each day, 100 requests
    /// each (page views and API calls), 90% reads, a peak hour three times the average, 10 KB a
    /// response, 1 KB stored per write, 100 million distinct objects read a day.
    package static let hundredMillionUsers = LoadProfile(
        name: "100M-users", users: 100_000_000, dailyActiveShare: 0.2, requestsPerActivePerDay: 100,
        readShare: 0.9, peakFactor: 3,
        responseBytes: 10_000, writeBytes: 1_000, objectsReadPerDay: 100_000_000)

    /// Every built-in profile, by name.
    package static let builtIn: [LoadProfile] = [hundredMillionUsers]

    /// Users active on a day.
    package var dailyActiveUsers: Double { users * dailyActiveShare }
    /// Requests in a day.
    package var requestsPerDay: Double { dailyActiveUsers * requestsPerActivePerDay }
    /// The daily average request rate, per second.
    package var averageRequestsPerSecond: Double { requestsPerDay / 86_400 }
    /// The peak-hour request rate, per second.
    package var peakRequestsPerSecond: Double { averageRequestsPerSecond * peakFactor }
    /// Reads per second at the peak.
    package var peakReadsPerSecond: Double { peakRequestsPerSecond * readShare }
    /// Writes per second at the peak.
    package var peakWritesPerSecond: Double { peakRequestsPerSecond * (1 - readShare) }
}

extension LoadProfile {
    /// Writes in a day.
    package var writesPerDay: Double { requestsPerDay * (1 - readShare) }
    /// Bytes of new data a year (one copy, before replication).
    package var storedBytesPerYear: Double { writesPerDay * 365 * writeBytes }
    /// Bytes per second sent to users at the peak.
    package var peakEgressBytesPerSecond: Double { peakRequestsPerSecond * responseBytes }
}
