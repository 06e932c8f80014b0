/// Connection management from the request's side (RFC 9112 §9.3).
extension HTTPRequest {
    /// The lowercased tokens of every `Connection` field.
    var connectionOptions: [String] {
        headers.values("Connection").flatMap { $0.split(separator: ",") }
            .map { HTTPSyntax.trimmed($0).lowercased() }
    }

    /// Whether the client wants the connection kept open after this request.
    ///
    /// HTTP/1.1 persists unless `Connection: close`; HTTP/1.0 persists only with `Connection: keep-alive`.
    public var wantsKeepAlive: Bool {
        let options = connectionOptions
        if options.contains("close") { return false }
        if version == "HTTP/1.0" { return options.contains("keep-alive") }
        return true
    }
}
