import Foundation
import TestSupport

/// One push sent with curl in the background, so the test can do other things while the server waits on a lock.
final class CurlPush {
    private let curl = Process()
    private let reader: ReadInBackground
    let started = Date()

    /// Pushes one new note from `device` (whose first write it is) with `token`.
    init(server: String, token: String, device: String, noteID: String) throws {
        let entry = #"[{"value": "parking", "device": "\#(device)", "counter": 1, "officer": "Curl", "at": 1790000000000}]"#
        let body = #"{"protocol": 1, "device": "\#(device)", "records": [{"id": "\#(noteID)", "kind": "note", "#
            + #""version": {"\#(device)": 1}, "fields": {"topic": \#(entry)}}]}"#
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-sS", "-i", "--max-time", "30", "-X", "POST", server + "/v1/push", "--data-binary", body,
                          "-H", "Authorization: Bearer \(token)", "-H", "FieldKit-Device: \(device)", "-H", "Content-Type: application/json"]
        let output = Pipe()
        curl.standardOutput = output
        reader = ReadInBackground(output.fileHandleForReading)
        try curl.run()
    }

    /// Waits for the answer: its status, its Retry-After header (if any), its body, and how long it took.
    func wait() -> (status: Int, retryAfter: String?, body: String, seconds: Double) {
        curl.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        let text = String(decoding: reader.wait(), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        let retryAfter = lines.first { $0.lowercased().hasPrefix("retry-after:") }
            .map { $0.dropFirst("retry-after:".count).trimmingCharacters(in: .whitespaces) }
        return (status, retryAfter, lines.last ?? "", seconds)
    }
}
