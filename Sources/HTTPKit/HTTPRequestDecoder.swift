/// Turns buffered bytes into requests, one at a time, as they arrive (RFC 9112).
///
/// Pure and synchronous: it never touches a socket, so every rule can be tested with byte literals.
/// Pipelined requests stay in the buffer for the next call.
struct HTTPRequestDecoder: Sendable {
    private enum Stage: Sendable {
        case head(HeadScanner)
        case body(RequestHead, BodyFraming, ChunkedBodyDecoder)
    }

    let maxHeaderBytes: Int
    let maxHeaderCount: Int
    let maxBodyBytes: Int
    private var stage: Stage

    init(maxHeaderBytes: Int = 16 * 1024, maxHeaderCount: Int = 100, maxBodyBytes: Int = 8 * 1024 * 1024) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyBytes = maxBodyBytes
        stage = .head(HeadScanner(maxHeaderBytes: maxHeaderBytes))
    }

    init(configuration: ServerConfiguration) {
        self.init(maxHeaderBytes: configuration.maxHeaderBytes, maxHeaderCount: configuration.maxHeaderCount,
                  maxBodyBytes: configuration.maxBodyBytes)
    }

    /// The head of the request being read, once parsed; lets the connection log a rejected request's method.
    var currentHead: RequestHead? {
        if case .body(let head, _, _) = stage { return head }
        return nil
    }

    /// Decodes as much as `buffer` allows.
    mutating func decode(_ buffer: inout InputBuffer) throws(HTTPParseError) -> DecodeEvent {
        if case .head(var scanner) = stage {
            guard let length = try scanner.scan(&buffer) else {
                stage = .head(scanner)
                return .needMoreData
            }
            let head = try RequestHeadParser.parse(buffer.bytes(0..<length - 4), maxHeaderCount: maxHeaderCount)
            buffer.consume(length)
            let framing = try BodyFraming.of(head, maxBodyBytes: maxBodyBytes)
            let expectsContinue = try Self.expectsContinue(head)
            let chunked = ChunkedBodyDecoder(maxBodyBytes: maxBodyBytes, maxTrailerBytes: maxHeaderBytes)
            stage = .body(head, framing, chunked)
            // RFC 9110 §10.1.1: a server may skip 100 Continue once body bytes have arrived anyway.
            if expectsContinue && framing.expectsBody && buffer.isEmpty { return .continueExpected }
        }
        return try decodeBody(&buffer)
    }

    private mutating func decodeBody(_ buffer: inout InputBuffer) throws(HTTPParseError) -> DecodeEvent {
        guard case .body(let head, let framing, var chunked) = stage else { return .needMoreData }
        let body: [UInt8]
        switch framing {
        case .none:
            body = []
        case .length(let length):
            guard buffer.count >= length else { return .needMoreData }
            body = buffer.take(length)
        case .chunked:
            let decoded = try chunked.decode(&buffer)
            stage = .body(head, framing, chunked)
            guard let decoded else { return .needMoreData }
            body = decoded
        }
        stage = .head(HeadScanner(maxHeaderBytes: maxHeaderBytes))
        return .request(head.request(body: body))
    }

    /// Whether the client waits for 100 Continue; other expectations are refused (RFC 9110 §10.1.1).
    private static func expectsContinue(_ head: RequestHead) throws(HTTPParseError) -> Bool {
        let expectations = head.headers.values("Expect").flatMap { $0.split(separator: ",") }
            .map { HTTPSyntax.trimmed($0).lowercased() }.filter { !$0.isEmpty }
        guard !expectations.isEmpty else { return false }
        // RFC 9110 §10.1.1: a 100-continue expectation in an HTTP/1.0 request must be ignored.
        if head.isHTTP10 && expectations.allSatisfy({ $0 == "100-continue" }) { return false }
        guard expectations.allSatisfy({ $0 == "100-continue" }) else { throw .expectationUnsupported }
        return true
    }
}
