/// Misuse of an `HTTPServer`'s lifecycle.
public enum HTTPServerError: Error, Sendable, Equatable {
    /// `start()` was called on a server that is already running.
    case alreadyStarted
    /// `start()` was called after `stop()`: a server runs once; make a new one.
    case alreadyStopped
}
