/// Turns one request into one response; runs on the connection's thread, so it may block.
///
/// A thrown `HTTPError` becomes its response; any other error becomes a generic 500.
public typealias HTTPHandler = @Sendable (HTTPRequest) throws -> HTTPResponse
