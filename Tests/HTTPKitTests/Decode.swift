@testable import HTTPKit

/// Runs raw request bytes through `HTTPRequestDecoder`, the way a connection would.
enum Decode {
    static func decoder(
        maxHeaderBytes: Int = 16 * 1024, maxHeaderCount: Int = 100, maxBodyBytes: Int = 8 * 1024 * 1024
    ) -> HTTPRequestDecoder {
        HTTPRequestDecoder(maxHeaderBytes: maxHeaderBytes, maxHeaderCount: maxHeaderCount, maxBodyBytes: maxBodyBytes)
    }

    /// Every request in `raw`, in order; throws the first parse error.
    static func requests(_ raw: String, _ decoder: HTTPRequestDecoder = decoder()) throws(HTTPParseError) -> [HTTPRequest] {
        var decoder = decoder
        var buffer = InputBuffer(raw)
        var requests: [HTTPRequest] = []
        while true {
            switch try decoder.decode(&buffer) {
            case .request(let request): requests.append(request)
            case .continueExpected: continue
            case .needMoreData: return requests
            }
        }
    }

    /// The single request in `raw`, or nil when it is incomplete.
    static func request(_ raw: String, _ decoder: HTTPRequestDecoder = decoder()) throws(HTTPParseError) -> HTTPRequest? {
        try requests(raw, decoder).first
    }

    /// The parse error `raw` raises, or nil.
    static func error(_ raw: String, _ decoder: HTTPRequestDecoder = decoder()) -> HTTPParseError? {
        do {
            _ = try requests(raw, decoder)
            return nil
        } catch {
            return error
        }
    }

    /// Decodes `raw` fed one byte at a time, to prove parsing does not depend on how reads are split.
    static func requestByteByByte(_ raw: String) throws(HTTPParseError) -> HTTPRequest? {
        var decoder = decoder()
        var buffer = InputBuffer()
        for byte in raw.utf8 {
            buffer.append([byte])
            if case .request(let request) = try decoder.decode(&buffer) { return request }
        }
        return nil
    }
}
