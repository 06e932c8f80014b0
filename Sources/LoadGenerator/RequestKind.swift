/// The two sync requests whose latency is measured separately.
enum RequestKind: String, Sendable, CaseIterable {
    case push
    case pull
}
