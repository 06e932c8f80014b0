import HTTPKit

/// A response as read off the wire by `TestClient`.
struct RawResponse {
    var status: Int
    var reason: String
    var headers: HTTPHeaders
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The `code` of a JSON error body, found by text search to keep the test independent of the server's encoder.
    var errorCode: String? {
        guard let range = text.range(of: "\"code\":\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    var closesConnection: Bool {
        headers["Connection"]?.lowercased() == "close"
    }
}
