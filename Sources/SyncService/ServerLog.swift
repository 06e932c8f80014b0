import FieldCore
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

    /// A refused request: the reason, the device it claimed (if any) and the path.
    public func refusal(_ reason: String, device: String?, path: String) {
        info("refused \(path) device=\(device ?? "-") reason=\(reason)")
    }
}
