import Foundation

extension JSONEncoder {
    /// Sorted keys, no extra white space: byte-comparable output.
    static var canonical: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
