import ArgumentKit
import Foundation

/// Reading `LoadOptions` from the command line, each bad value a one-line usage error.
extension LoadOptions {
    init(parsed: ParsedArguments) throws {
        self.init()
        devices = try Self.count(parsed, "devices", default: devices, in: 1...2000)
        rounds = try Self.count(parsed, "rounds", default: rounds, in: 1...1000)
        notesPerRound = try Self.count(parsed, "notes-per-round", default: notesPerRound, in: 1...1000)
        editsPerRound = try Self.count(parsed, "edits-per-round", default: editsPerRound, in: 0...1000)
        if let text = parsed.string("seed") {
            guard let seed = UInt64(text) else { throw CommandError.usage("--seed expects a whole number from 0 to 2^64-1, got '\(text)'") }
            self.seed = seed
        } else {
            seed = UInt64.random(in: 1...UInt64(1) << 53)
        }
        clientNice = try Self.count(parsed, "client-nice", default: clientNice, in: 0...19)
        if parsed.has("max-connections") {
            maxConnections = try Self.count(parsed, "max-connections", default: 0, in: 1...10_000)
        }
        try readServer(parsed)
    }

    private mutating func readServer(_ parsed: ParsedArguments) throws {
        if let text = parsed.string("url") {
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw CommandError.usage("--url expects an address like http://127.0.0.1:8080, got '\(text)'")
            }
            (self.url, storePath) = (url, parsed.string("store"))
        } else if parsed.has("store") {
            throw CommandError.usage("--store goes with --url; without it fieldkit-load starts a server on a temporary store")
        }
        serverBinary = parsed.string("server-binary").map { URL(fileURLWithPath: $0) }
        keepFiles = parsed.flag("keep")
    }

    private static func count(_ parsed: ParsedArguments, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let number = try parsed.int(name) else { return value }
        guard range.contains(number) else { throw CommandError.usage("--\(name) must be \(range.lowerBound) to \(range.upperBound)") }
        return number
    }
}
