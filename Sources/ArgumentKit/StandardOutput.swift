import Foundation

/// The process's standard output, written unbuffered.
///
/// Unbuffered so a prompt appears before the program waits for input and
/// output interleaves correctly with standard error.
public struct StandardOutput: TextSink {
    public init() {}

    public func write(_ text: String) {
        // A closed pipe (`fieldkit list | head`) is not worth crashing over.
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
}
