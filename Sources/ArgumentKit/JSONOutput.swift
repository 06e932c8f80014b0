import Foundation

/// Writes `--json` output: pretty-printed, keys sorted, so that diffs and scripts stay stable.
public enum JSONOutput {
    /// The encoded text of `value`, newline-terminated.
    public static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Writes `value` to standard output.
    public static func write<T: Encodable>(_ value: T) throws {
        Console.output.write(try text(value))
    }
}
