import Foundation

/// SHA-256 digests from coreutils `sha256sum`, an oracle independent of HashKit.
enum ReferenceSHA256 {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The lower-case hex digest `sha256sum` prints for `bytes` fed on standard input.
    static func hexDigest(of bytes: [UInt8]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Inputs stay far below the pipe buffer, so writing everything before reading cannot deadlock.
        try input.fileHandleForWriting.write(contentsOf: Data(bytes))
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "sha256sum exited with status \(process.terminationStatus)")
        }
        let digest = String(decoding: printed, as: UTF8.self).prefix(64)
        guard digest.count == 64 else { throw Failure(description: "sha256sum printed \(printed.count) bytes") }
        return String(digest)
    }
}
