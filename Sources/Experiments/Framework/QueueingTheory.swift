import Foundation

/// Textbook results for M/M/c queues (Poisson arrivals, exponential service, c servers, FIFO).
package enum QueueingTheory {
    /// Offered utilisation ρ = λ / (c μ).
    package static func utilization(arrivalRate: Double, serviceRate: Double, servers: Int) -> Double {
        arrivalRate / (Double(servers) * serviceRate)
    }

    /// Erlang C: the probability that an arrival has to wait. Requires ρ < 1.
    package static func erlangC(arrivalRate: Double, serviceRate: Double, servers: Int) -> Double {
        let a = arrivalRate / serviceRate  // offered load in Erlangs
        let rho = a / Double(servers)
        precondition(rho < 1, "Erlang C needs utilisation below 1, got \(rho)")
        var term = 1.0
        var sum = 1.0  // a^k / k!, accumulated for k < c
        for k in 1..<max(servers, 1) {
            term *= a / Double(k)
            sum += term
        }
        let last = term * a / Double(servers) / (1 - rho)  // a^c / c! / (1 - ρ)
        return servers == 1 ? rho : last / (sum + last)
    }

    /// Mean time in the queue, Wq = C(c, a) / (c μ − λ), in the unit of 1/rates.
    package static func meanWait(arrivalRate: Double, serviceRate: Double, servers: Int) -> Double {
        erlangC(arrivalRate: arrivalRate, serviceRate: serviceRate, servers: servers)
            / (Double(servers) * serviceRate - arrivalRate)
    }

    /// Mean time in the system, W = Wq + 1/μ.
    package static func meanResponse(arrivalRate: Double, serviceRate: Double, servers: Int) -> Double {
        meanWait(arrivalRate: arrivalRate, serviceRate: serviceRate, servers: servers) + 1 / serviceRate
    }

    /// Little's law: mean number in the system L = λ W.
    package static func littlesLaw(throughput: Double, meanResponse: Double) -> Double {
        throughput * meanResponse
    }
}
