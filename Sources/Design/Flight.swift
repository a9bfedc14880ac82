import MiniCluster

/// One request (or asynchronous job) moving through a design.
struct Flight {
    /// `orphan`: a call its caller gave up on (timed out); the callee still works on it.
    enum Phase: UInt8 { case path, cache, store, external, job, orphan }

    var start: SimTime
    var read: Bool
    var measured: Bool
    var phase: Phase
    var batch: Int8
    var key: Int
    var node: Int32
    /// The server that handled it (for cache-aside and timeouts), or -1.
    var app: Int32 = -1
    /// The balancer that sent it to `node` (-1 when none), to count it out of flight.
    var sender: Int32 = -1
    var slot: Int32 = 0
    /// Which external API call comes next.
    var external: Int16 = 0
    /// The guarded edge (an index into `Design.edges`) whose call is in progress, or -1.
    var call: Int32 = -1
    /// Tries of the current guarded call so far.
    var tries: UInt8 = 0
    /// The server whose worker waits for this request's external calls (-1 when none), and since when.
    var held: Int32 = -1
    var heldAt = SimTime.zero
    /// When it reached `node`.
    var entered: SimTime
    /// Bumped when the request is failed early, so its pending completion is ignored.
    var generation: UInt32 = 0
    /// False once the slot is free.
    var active = true
}

/// Flights in an array with a free list: memory grows with requests in flight, not with requests served.
struct FlightTable {
    private(set) var flights: [Flight] = []
    private var free: [Int] = []

    mutating func add(_ flight: Flight) -> Int {
        if let slot = free.popLast() {
            let generation = flights[slot].generation &+ 1
            flights[slot] = flight
            flights[slot].generation = generation
            return slot
        }
        flights.append(flight)
        return flights.count - 1
    }

    mutating func remove(_ id: Int) {
        flights[id].generation &+= 1
        flights[id].active = false
        free.append(id)
    }

    /// The most flights held at once.
    var capacity: Int { flights.count }

    subscript(id: Int) -> Flight {
        get { flights[id] }
        set { flights[id] = newValue }
    }
}
