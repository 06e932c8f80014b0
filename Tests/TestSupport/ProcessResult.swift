/// What a finished child process printed, and how it ended.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    /// Standard output without surrounding white space: the one-line results commands print.
    public var line: String { stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
}
