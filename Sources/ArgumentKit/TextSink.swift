/// Somewhere text goes: standard output, standard error, or a buffer in tests.
///
/// `CommandRunner` writes through sinks rather than `print` so tests can
/// capture output and error text separately.
public protocol TextSink: Sendable {
    /// Writes `text` as is; callers include their own newlines.
    func write(_ text: String)
}
