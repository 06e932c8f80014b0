import ArgumentKit

/// Where commands write: results to standard output, everything said to a person to standard error.
///
/// Keeping stdout for results only is what lets `ID=$(fieldkit log ...)` work.
enum Console {
    static let output: TextSink = StandardOutput()
    static let errors: TextSink = StandardError()

    static func print(_ line: String) {
        output.write(line + "\n")
    }

    static func say(_ line: String) {
        errors.write(line + "\n")
    }
}
