import Foundation

/// What `wrk --latency` printed about one run, read from its text output.
struct WrkResult: Equatable {
    let requestsPerSecond: Double
    let requests: Int
    /// Responses with a status outside 200–399 (`Non-2xx or 3xx responses:`; absent means 0).
    let non2xx: Int
    /// Connect, read, write and timeout errors added up (`Socket errors:`; absent means 0).
    let socketErrors: Int
    /// Latency percentiles in seconds, from the `Latency Distribution` block.
    let p50: Double?
    let p99: Double?

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads wrk's summary; throws when there is no `Requests/sec:` line (wrk failed or printed something else).
    static func parse(_ text: String) throws -> WrkResult {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func after(_ prefix: String) -> String? {
            lines.first { $0.hasPrefix(prefix) }.map { $0.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) }
        }
        guard let rate = after("Requests/sec:").flatMap(Double.init) else {
            throw Unreadable(description: "wrk printed no Requests/sec line: \(text.prefix(300))")
        }
        let requests = lines.first { $0.contains(" requests in ") }?.split(separator: " ").first.flatMap { Int($0) } ?? 0
        let socketErrors = after("Socket errors:").map(Self.sumOfCounts) ?? 0
        return WrkResult(requestsPerSecond: rate, requests: requests, non2xx: after("Non-2xx or 3xx responses:").flatMap(Int.init) ?? 0,
                         socketErrors: socketErrors, p50: percentile("50%", in: lines), p99: percentile("99%", in: lines))
    }

    /// `connect 0, read 12, write 0, timeout 3` -> 15.
    static func sumOfCounts(_ text: String) -> Int {
        text.split(separator: ",").compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +)
    }

    /// The latency on the line starting with `label` (e.g. `99%   5.14ms`), in seconds.
    static func percentile(_ label: String, in lines: [String]) -> Double? {
        guard let line = lines.first(where: { $0.hasPrefix(label) }) else { return nil }
        return line.split(separator: " ").last.flatMap { duration(String($0)) }
    }

    /// wrk's durations: `440.00us`, `5.14ms`, `1.20s`, `2.00m`.
    static func duration(_ text: String) -> Double? {
        let units: [(String, Double)] = [("us", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)) else { return nil }
            return number * scale
        }
        return nil
    }
}
