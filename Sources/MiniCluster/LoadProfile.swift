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

    package init(name: String, users: Double, dailyActiveShare: Double, requestsPerActivePerDay: Double,
                 readShare: Double, peakFactor: Double) {
        precondition(users > 0 && (0...1).contains(dailyActiveShare) && requestsPerActivePerDay > 0
                     && (0...1).contains(readShare) && peakFactor >= 1,
                     "load profile '\(name)' out of range: users \(users), active \(dailyActiveShare), "
                     + "requests \(requestsPerActivePerDay), reads \(readShare), peak \(peakFactor)")
        self.name = name
        self.users = users
        self.dailyActiveShare = dailyActiveShare
        self.requestsPerActivePerDay = requestsPerActivePerDay
        self.readShare = readShare
        self.peakFactor = peakFactor
    }

    /// The document's scale: 100 million users, a fifth of them active each day, 100 requests
    /// each (page views and API calls), 90% reads, a peak hour three times the average.
    package static let hundredMillionUsers = LoadProfile(
        name: "100M-users", users: 100_000_000, dailyActiveShare: 0.2, requestsPerActivePerDay: 100,
        readShare: 0.9, peakFactor: 3)

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
