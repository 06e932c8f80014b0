/// One segment of a route pattern: literal text, or a `:name` parameter that captures any non-empty segment.
enum RouteSegment: Sendable, Equatable {
    case literal(String)
    case parameter(String)

    /// The segments of a pattern such as "/v1/notes/:id", using the same splitting as request paths.
    static func parse(_ pattern: String) -> [RouteSegment] {
        RequestTarget.decodedSegments(of: pattern).map { segment in
            segment.hasPrefix(":") && segment.count > 1 ? .parameter(String(segment.dropFirst())) : .literal(segment)
        }
    }
}
