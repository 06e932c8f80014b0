import Testing

/// One hostile request of the catalogue: the exact bytes sent and the answers expected, in order.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// What the server must answer: a status and, where SyncProtocol.md §9 names one, the error code.
    struct Answer: Sendable {
        let status: Int
        let code: String?
    }

    /// How the bytes go out: all in one write, or the first part then one byte every 20 ms (slowloris).
    enum Delivery: Sendable {
        case oneWrite
        case dribble
    }

    let name: String
    let category: String
    /// Built when the case runs: it needs the live server's token, and huge bodies stay out of memory until then.
    let request: @Sendable (HostileCredentials) -> [UInt8]
    let answers: [Answer]
    var delivery = Delivery.oneWrite

    var testDescription: String { "\(category): \(name)" }

    /// Whether the case is malformed (some answer refuses it) rather than a well-formed control.
    var isMalformed: Bool { answers.contains { $0.status >= 400 } }

    /// Whether its refusal is a 4xx; the others are the 501 and 505 that RFC 9112 and SyncProtocol.md §9 prescribe.
    var isRefusedWith4xx: Bool { answers.contains { (400..<500).contains($0.status) } }
}

/// The enrolled token and its bound device, for requests that must get past authentication.
struct HostileCredentials: Sendable {
    let token: String
    let device: String
}

extension HostileCase.Answer {
    static func status(_ status: Int, _ code: String? = nil) -> Self { Self(status: status, code: code) }

    /// Codes of requests the HTTP layer could not read: after them the framing is lost and the connection must close.
    static let unreadableCodes: Set = [
        "bad_request", "request_timeout", "payload_too_large", "expectation_failed", "header_fields_too_large",
        "not_implemented", "http_version_not_supported",
    ]

    var closesConnection: Bool { code.map(Self.unreadableCodes.contains) ?? false }
    static let ok = status(200)
    static let badRequest = status(400, "bad_request")
    static let invalidPush = status(400, "invalid_push")
    static let headersTooLarge = status(431, "header_fields_too_large")
    static let tooLarge = status(413, "payload_too_large")
    static let timeout = status(408, "request_timeout")
}
