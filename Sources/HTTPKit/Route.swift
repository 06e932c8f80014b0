/// A method and path pattern bound to a handler.
struct Route: Sendable {
    let method: String
    let segments: [RouteSegment]
    let handler: HTTPHandler

    /// The parameters captured if `path` (decoded segments) matches this pattern, else nil.
    func match(_ path: [String]) -> [String: String]? {
        guard path.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (pattern, value) in zip(segments, path) {
            switch pattern {
            case .literal(let text):
                guard text == value else { return nil }
            case .parameter(let name):
                guard !value.isEmpty else { return nil }
                parameters[name] = value
            }
        }
        return parameters
    }

    /// Whether this route is more specific than `other`: the first segment where they differ is literal here.
    ///
    /// So "/v1/notes/search" wins over "/v1/notes/:id" whatever the order they were added in.
    func isMoreSpecific(than other: Route) -> Bool {
        for (mine, theirs) in zip(segments, other.segments) {
            switch (mine, theirs) {
            case (.literal, .parameter): return true
            case (.parameter, .literal): return false
            default: continue
            }
        }
        return false
    }
}
