import FieldCore
import FieldStore
import Foundation

/// The server's log: one line per event on standard error, with a UTC time.
///
/// It records who was refused and why, never note contents, tokens or request bodies; callers
/// pass only ids, reasons and officer names.
public struct ServerLog: Sendable {
    private let sink: @Sendable (String) -> Void

    public init(sink: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.sink = sink
    }

    /// A log that drops everything, for tests that do not look at it.
    public static let silent = ServerLog { _ in }

    public func info(_ message: String) {
        sink("\(Timestamp.now().iso8601) \(message)")
    }

    /// Another device's write that a push carried in during a relay window after a restore:
    /// who pushed it, the record, and the counter it claimed against what the server had.
    public func relayAccepted(_ relay: RelayedWrite) {
        info("relay accepted after restore device=\(relay.pusher.rawValue) record=\(relay.recordID) "
             + "claims \(relay.device.rawValue):\(relay.claimed) (server had \(relay.seen))")
    }

    /// A refused request: the reason, the device it claimed (if any) and the path.
    public func refusal(_ reason: String, device: String?, path: String) {
        info("refused \(path) device=\(device ?? "-") reason=\(reason)")
    }
}
