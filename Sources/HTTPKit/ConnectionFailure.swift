/// Why a connection stopped reading a request.
enum ConnectionFailure: Error {
    /// The bytes broke an HTTP rule: answer with its status, then close.
    case malformed(HTTPParseError)
    /// The read or request deadline passed mid-request: answer 408, then close.
    case timedOut
    /// The peer closed, reset, or the server force-closed the socket: nothing can be sent.
    case gone
}
