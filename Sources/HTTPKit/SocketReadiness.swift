/// What a wait on a socket ended with.
public enum SocketReadiness: Sendable, Equatable {
    /// The socket can be read (or written), or the peer hung up: the next call will not block.
    case ready
    /// The time ran out first.
    case timedOut
    /// The interrupting descriptor (the server's stop signal) became readable first.
    case interrupted
}
