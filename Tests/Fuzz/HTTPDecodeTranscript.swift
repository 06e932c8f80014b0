@testable import HTTPKit

/// What the server makes of a byte stream read in given pieces: the requests, in order, and how reading ended.
///
/// Drives `HTTPRequestDecoder` the way `Connection.readRequest` does (decode after every read,
/// decode again after `continueExpected`), and checks on the way that each step makes progress,
/// so a decoder that loops without consuming or producing anything is reported, not waited on.
struct HTTPDecodeTranscript {
    /// The parts of a decoded request that must not depend on how the bytes were read.
    struct DecodedRequest: Equatable {
        let method: String
        let target: String
        let path: String
        let query: [String]
        let version: String
        let headers: HTTPHeaders
        let body: [UInt8]

        init(_ request: HTTPRequest) {
            method = request.method
            target = request.target
            path = request.path
            query = request.queryItems.flatMap { [$0.name, $0.value] }
            version = request.version
            headers = request.headers
            body = request.body
        }
    }

    enum Ending: Equatable {
        /// Every complete request was decoded; the rest (possibly nothing) waits for more bytes.
        case waiting
        /// The stream broke a rule; the server answers the error and closes.
        case failed(HTTPParseError)

        var isFailure: Bool { self != .waiting }
    }

    private(set) var requests: [DecodedRequest] = []
    private(set) var ending = Ending.waiting
    private var decoder: HTTPRequestDecoder
    private let limits: HTTPFuzzInput.Limits
    private let freshDecoderPerRequest: Bool
    private var buffer = InputBuffer()
    private var continueAnswered = false

    /// Decodes `reads` in order. With `freshDecoderPerRequest` a new decoder starts each request, as a
    /// connection does; without, one decoder serves the whole stream. Both must agree.
    init(reads: [[UInt8]], limits: HTTPFuzzInput.Limits, freshDecoderPerRequest: Bool) {
        self.limits = limits
        self.freshDecoderPerRequest = freshDecoderPerRequest
        decoder = Self.decoder(limits)
        // Each call either ends a read, yields a request (consuming bytes) or asks for 100 Continue once per request.
        let budget = 2 * reads.reduce(0) { $0 + $1.count } + 2 * reads.count + 8
        var calls = 0
        do {
            for read in reads {
                buffer.append(read)
                repeat {
                    calls += 1
                    FuzzCheck.require(calls <= budget, "decoder made no progress after \(calls) calls")
                } while try step()
            }
        } catch {
            HTTPRequestInvariants.check(error)
            ending = .failed(error)
        }
    }

    /// One decode call and its checks; false when the decoder needs another read.
    private mutating func step() throws(HTTPParseError) -> Bool {
        let before = buffer.count
        let event = try decoder.decode(&buffer)
        FuzzCheck.require(buffer.count <= before, "decode grew the buffer")
        switch event {
        case .needMoreData:
            return false
        case .continueExpected:
            FuzzCheck.require(!continueAnswered, "100 Continue asked for twice for one request")
            continueAnswered = true
        case .request(let request):
            FuzzCheck.require(buffer.count < before, "a request was decoded from no bytes")
            HTTPRequestInvariants.check(request, limits: limits)
            requests.append(DecodedRequest(request))
            continueAnswered = false
            if freshDecoderPerRequest { decoder = Self.decoder(limits) }
        }
        return true
    }

    private static func decoder(_ limits: HTTPFuzzInput.Limits) -> HTTPRequestDecoder {
        HTTPRequestDecoder(maxHeaderBytes: limits.maxHeaderBytes, maxHeaderCount: limits.maxHeaderCount,
                           maxBodyBytes: limits.maxBodyBytes)
    }
}
