/// Why a JSON message or stored record does not have the shape FieldKit expects.
///
/// It names the place (a path like `records[3].fields.topic[0].counter`) and the rule, never the
/// value found there: values may be residents' personal data.
public struct WireDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        path.isEmpty ? reason : "\(reason) at \(path)"
    }
}
