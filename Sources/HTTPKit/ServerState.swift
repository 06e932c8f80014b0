/// The mutable part of an `HTTPServer`, always accessed under its mutex.
struct ServerState: Sendable {
    enum Phase: Sendable {
        case idle, running, stopping, stopped
    }

    var phase = Phase.idle
    var port = 0
    var stopSignal: StopSignal?
    /// Open connections by id. A connection leaves this table before its descriptor is closed,
    /// so `stop` never shuts down a descriptor number the kernel has already reused.
    var connections: [Int: Socket] = [:]
    var nextConnectionID = 0
}
