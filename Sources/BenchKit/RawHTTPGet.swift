import Foundation
import HTTPKit

/// One HTTP/1.1 GET over a plain socket, `Connection: close`, read to the end: the exact bytes a
/// server sends, which the request-rate row needs to size nginx's file (URLSession would decode).
enum RawHTTPGet {
    struct Response: Equatable {
        let status: Int
        let body: [UInt8]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// GETs `target` (path and query) from `host:port` with `headers`, waiting at most `timeout` for each read.
    static func fetch(host: String, port: Int, target: String, headers: [(String, String)] = [],
                      timeout: Duration = .seconds(5)) throws -> Response {
        let socket = try Socket.connected(host: host, port: port)
        defer { socket.close() }
        let lines = ["GET \(target) HTTP/1.1", "Host: \(host):\(port)", "Connection: close"] + headers.map { "\($0.0): \($0.1)" }
        try socket.sendAll(lines.joined(separator: "\r\n") + "\r\n\r\n", timeout: timeout)
        var received: [UInt8] = []
        while true {
            let bytes = try socket.receive(timeout: timeout)
            if bytes.isEmpty { break }
            received += bytes
        }
        return try parse(received)
    }

    /// The status and body of a whole response; the body is what follows the head, cut to
    /// `Content-Length` when the server gives one.
    static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
            throw Failure(description: "no complete response head in \(bytes.count) bytes")
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).split(separator: "\r\n")
        let words = head.first?.split(separator: " ") ?? []
        guard words.count >= 2, words[0].hasPrefix("HTTP/1."), let status = Int(words[1]) else {
            throw Failure(description: "not an HTTP/1.x status line: \(head.first ?? "")")
        }
        var body = Array(bytes[(end + separator.count)...])
        let length = head.dropFirst().compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first
        if let length, length <= body.count { body = Array(body.prefix(length)) }
        return Response(status: status, body: body)
    }
}
