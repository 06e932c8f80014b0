import Foundation

/// Runs a program to completion and times it as a whole process: start, work, exit.
enum ProcessTimer {
    struct Failure: Error, CustomStringConvertible {
        let program: String
        let status: Int32
        let errors: String
        var description: String { "\(program) exited with \(status): \(errors)" }
    }

    /// Seconds from launch to exit; throws when the program fails. Output is discarded, errors kept for the message.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let seconds = try Stopwatch.time {
            try process.run()
            process.waitUntilExit()
        }.seconds
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure(program: (program as NSString).lastPathComponent, status: process.terminationStatus, errors: text)
        }
        return seconds
    }
}
