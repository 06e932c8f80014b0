/// What the server's own log says about a run: its 5xx answers and the connections it refused.
///
/// A cross-check on the clients' counts: a 5xx that a client never saw (its connection dropped
/// first) still shows here. Reads only methods, paths and statuses; the log holds nothing else of a request.
struct ServerLogTally: Sendable, Equatable {
    var serverErrors = 0
    var refusedConnections = 0
    var handlerErrors = 0

    static let methods: Set<Substring> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

    /// Tallies request lines (`... METHOD /path STATUS BYTESB MSms`) and refusal lines.
    init<Lines: Sequence>(lines: Lines) where Lines.Element: StringProtocol {
        for line in lines {
            if line.contains("refused connection") { refusedConnections += 1 }
            if line.contains("handler error") { handlerErrors += 1 }
            let words = line.split(separator: " ").map { Substring($0) }
            guard let method = words.firstIndex(where: Self.methods.contains), method + 2 < words.count,
                  let status = Int(words[method + 2]) else { continue }
            if status >= 500 { serverErrors += 1 }
        }
    }
}
