import HTTPKit

/// A response as read off the wire by `TestClient`.
public struct RawResponse {
    public var status: Int
    public var reason: String
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, reason: String, headers: HTTPHeaders, body: [UInt8]) {
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
    }

    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The `code` of a JSON error body, found by text search to keep the test independent of the server's encoder.
    public var errorCode: String? {
        guard let range = text.range(of: "\"code\":\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    public var closesConnection: Bool {
        headers["Connection"]?.lowercased() == "close"
    }
}
