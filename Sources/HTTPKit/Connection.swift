/// Serves one accepted socket: reads requests in order, answers each, and decides when to close.
///
/// Runs on its own thread and blocks only in poll with a deadline, so every wait is bounded by the
/// configured timeouts or interrupted by the server's stop signal.
struct Connection {
    let socket: Socket
    let remoteAddress: String
    let context: ConnectionContext
    var buffer = InputBuffer()
    private(set) var served = 0
    let clock = ContinuousClock()

    var configuration: ServerConfiguration { context.configuration }

    init(socket: Socket, remoteAddress: String, context: ConnectionContext) {
        self.socket = socket
        self.remoteAddress = remoteAddress
        self.context = context
    }

    /// Serves requests until the connection should close; the caller closes the descriptor.
    mutating func run() {
        while awaitRequest() {
            guard serveRequest() else { return }
        }
    }

    /// Reads, answers and logs one request; false when the connection must close.
    private mutating func serveRequest() -> Bool {
        let started = clock.now
        var decoder = HTTPRequestDecoder(configuration: configuration)
        let request: HTTPRequest
        do {
            request = try readRequest(&decoder, deadline: started + configuration.requestTimeout)
        } catch {
            reject(error, head: decoder.currentHead, started: started)
            return false
        }
        served += 1
        let response = respond(to: request)
        // Decided after the handler, so a stop requested while it ran closes this connection.
        let keepAlive = request.wantsKeepAlive && served < configuration.maxRequestsPerConnection
            && !context.stopSignal.isRaised
        let (bytes, bodyCount) = response.serialized(
            headOnly: request.method == "HEAD", closing: !keepAlive,
            keepAliveForHTTP10: keepAlive && request.version == "HTTP/1.0")
        let sent = send(bytes)
        logAccess(request.method, request.target, response.status, sent ? bodyCount : 0, since: started)
        guard sent else { return false }
        if !keepAlive { linger() }
        return keepAlive
    }

    /// Decodes from the buffer, reading more and answering `Expect: 100-continue` as needed.
    private mutating func readRequest(
        _ decoder: inout HTTPRequestDecoder, deadline: ContinuousClock.Instant
    ) throws(ConnectionFailure) -> HTTPRequest {
        while true {
            let event: DecodeEvent
            do {
                event = try decoder.decode(&buffer)
            } catch {
                throw .malformed(error)
            }
            switch event {
            case .request(var request):
                request.remoteAddress = remoteAddress
                return request
            case .continueExpected:
                guard send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { throw .gone }
            case .needMoreData:
                try fill(deadline: deadline)
            }
        }
    }

    /// Answers a request that could not be read (parse error or timeout), then closes.
    private func reject(_ failure: ConnectionFailure, head: RequestHead?, started: ContinuousClock.Instant) {
        let error: HTTPError
        switch failure {
        case .gone: return
        case .timedOut: error = .requestTimeout
        case .malformed(let parseError): error = parseError.httpError
        }
        let (bytes, bodyCount) = error.response.serialized(headOnly: head?.method == "HEAD", closing: true)
        let sent = send(bytes)
        logAccess(head?.method ?? "-", head?.target ?? "-", error.status, sent ? bodyCount : 0, since: started)
        if sent { linger() }
    }

    /// Runs the handler; a thrown `HTTPError` becomes its response, anything else a generic 500.
    private func respond(to request: HTTPRequest) -> HTTPResponse {
        do {
            return try context.handler(request)
        } catch let error as HTTPError {
            return error.response
        } catch {
            // The type name only: the error's text could hold personal data.
            context.log?("handler error: \(type(of: error)) on \(request.method) \(RequestTarget.rawPath(of: request.target))")
            return HTTPError.internalError.response
        }
    }

    /// One access line: method, path without query, status, body bytes, milliseconds. Never values or bodies.
    private func logAccess(
        _ method: String, _ target: String, _ status: HTTPStatus, _ bytes: Int, since started: ContinuousClock.Instant
    ) {
        guard let log = context.log else { return }
        let path = target == "-" ? "-" : RequestTarget.rawPath(of: target)
        log("\(method) \(path) \(status.code) \(bytes)B \((clock.now - started).wholeMilliseconds)ms")
    }
}
