import ArgumentKit

/// Standard output for results (tokens, the listening line), standard error for everything said.
enum ServerConsole {
    static let output: TextSink = StandardOutput()
    static let errors: TextSink = StandardError()

    static func print(_ line: String) {
        output.write(line + "\n")
    }

    static func say(_ line: String) {
        errors.write(line + "\n")
    }
}
