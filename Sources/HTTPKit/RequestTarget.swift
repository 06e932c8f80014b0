/// Splits an origin-form request-target into its decoded path and query items (RFC 9112 §3.2.1).
enum RequestTarget {
    /// The target's path part as sent, without the query.
    static func rawPath(of target: String) -> String {
        String(target.prefix { $0 != "?" })
    }

    /// The target's query part as sent, without the "?", or nil when there is none.
    static func rawQuery(of target: String) -> Substring? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return target[target.index(after: mark)...]
    }

    /// The percent-decoded path and form-decoded query items.
    static func parse(_ target: String) throws(HTTPParseError) -> (path: String, queryItems: [(name: String, value: String)]) {
        // RFC 3986 §2.1: each "%" starts two hex digits; the result must be UTF-8 to become a String.
        guard let path = PercentDecoding.decode(Substring(rawPath(of: target))) else { throw .percentEncodingInvalid }
        return (path, try formDecoded(rawQuery(of: target) ?? ""))
    }

    /// The name/value pairs of `application/x-www-form-urlencoded` text: a query, or a form's body.
    static func formDecoded(_ text: Substring) throws(HTTPParseError) -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = PercentDecoding.decode(parts[0], plusAsSpace: true),
                  let value = PercentDecoding.decode(parts.count > 1 ? parts[1] : "", plusAsSpace: true)
            else { throw .percentEncodingInvalid }
            items.append((name: name, value: value))
        }
        return items
    }

    /// The path's segments after the leading "/", each percent-decoded on its own, so "%2F" stays inside a segment.
    ///
    /// "/" gives [""], "/a/b" gives ["a", "b"], "/a/" gives ["a", ""].
    static func decodedSegments(of target: String) -> [String] {
        rawPath(of: target).split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            .map { PercentDecoding.decode($0) ?? String($0) }
    }
}
