import Foundation

/// Questions to a person at a terminal, for commands that can ask instead of fail.
///
/// Commands check `isInteractive` before prompting so scripts and pipes never
/// block waiting for an answer nobody will type.
public enum Terminal {
    /// Whether standard input is a terminal (a person can answer a prompt).
    public static var isInteractive: Bool {
        isatty(0) != 0
    }

    /// Writes `question` (no newline added), reads one line from standard input and trims it.
    ///
    /// Returns nil at end of input (Ctrl-D, or a closed pipe).
    public static func prompt(_ question: String, output: TextSink) -> String? {
        output.write(question)
        guard let line = readLine(strippingNewline: true) else { return nil }
        return line.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
