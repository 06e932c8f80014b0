import ArgumentKit
import FieldCore
import Foundation

/// Writes `--json` output: pretty-printed, keys sorted, so that diffs and scripts stay stable.
enum JSONOutput {
    static func write<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Console.output.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
}
