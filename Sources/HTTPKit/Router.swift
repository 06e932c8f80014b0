/// Dispatches requests to handlers by method and path; built fully before serving, then immutable.
///
/// Immutability makes it `Sendable` without locks: every connection thread reads the same routes.
/// Paths are exact apart from `:name` segments, whose decoded values land in `request.pathParameters`.
public final class Router: Sendable {
    private let routes: [Route]

    public init() {
        routes = []
    }

    private init(routes: [Route]) {
        self.routes = routes
    }

    /// A new router with one more route. Methods are case-sensitive (RFC 9110 §9.1): use "GET", "POST", ...
    public func adding(_ method: String, _ path: String, _ handler: @escaping HTTPHandler) -> Router {
        Router(routes: routes + [Route(method: method, segments: RouteSegment.parse(path), handler: handler)])
    }

    /// This router as a server handler.
    public var handler: HTTPHandler {
        { [self] request in handle(request) }
    }

    /// Answers `request`; never throws: errors become JSON error responses.
    ///
    /// Unknown path: 404. Known path, other method: 405 with `Allow`. HEAD runs the GET route and drops the body,
    /// keeping its length in `Content-Length`. A thrown `HTTPError` becomes its response; any other error a
    /// generic 500 whose text never includes the error's (it could hold personal data).
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        let response = dispatch(request)
        guard request.method == "HEAD" else { return response }
        var headResponse = response
        headResponse.headers.set("Content-Length", String(response.body.count))
        headResponse.body = []
        return headResponse
    }

    private func dispatch(_ request: HTTPRequest) -> HTTPResponse {
        let path = RequestTarget.decodedSegments(of: request.target)
        let matches = routes.compactMap { route in route.match(path).map { (route, $0) } }
        guard !matches.isEmpty else { return HTTPError.notFound.response }
        let forMethod = best(matches.filter { $0.0.method == request.method })
            ?? (request.method == "HEAD" ? best(matches.filter { $0.0.method == "GET" }) : nil)
        guard let (route, parameters) = forMethod else {
            return HTTPError.methodNotAllowed(allowed: allowedMethods(matches.map(\.0))).response
        }
        var routed = request
        routed.pathParameters = parameters
        return Self.run(route.handler, routed)
    }

    private func best(_ matches: [(Route, [String: String])]) -> (Route, [String: String])? {
        matches.reduce(nil) { best, next in
            guard let best else { return next }
            return next.0.isMoreSpecific(than: best.0) ? next : best
        }
    }

    private func allowedMethods(_ routes: [Route]) -> [String] {
        var methods = Set(routes.map(\.method))
        if methods.contains("GET") { methods.insert("HEAD") }
        return methods.sorted()
    }

    /// Runs a handler, turning thrown errors into responses.
    static func run(_ handler: HTTPHandler, _ request: HTTPRequest) -> HTTPResponse {
        do {
            return try handler(request)
        } catch let error as HTTPError {
            return error.response
        } catch {
            return HTTPError.internalError.response
        }
    }
}
