/// Where a command writes: results to standard output, everything said to a person to standard error.
///
/// Keeping stdout for results only is what lets `ID=$(fieldkit log ...)` and
/// `TOKEN=$(fieldkit-server enroll ...)` work.
public enum Console {
    public static let output: TextSink = StandardOutput()
    public static let errors: TextSink = StandardError()

    /// A result line, on standard output.
    public static func print(_ line: String) {
        output.write(line + "\n")
    }

    /// A line for the person at the terminal, on standard error.
    public static func say(_ line: String) {
        errors.write(line + "\n")
    }
}
