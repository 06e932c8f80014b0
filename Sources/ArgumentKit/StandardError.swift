import Foundation

/// The process's standard error, written unbuffered.
///
/// Error lines go here so standard output stays clean for scripts.
public struct StandardError: TextSink {
    public init() {}

    public func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
