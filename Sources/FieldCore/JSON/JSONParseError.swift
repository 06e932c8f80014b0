/// Why and where `JSONParser` rejected its input.
///
/// The description names the broken rule and the byte offset only. It never quotes the input,
/// not even a duplicated key, because pushed documents hold residents' personal data and errors
/// end up in logs and HTTP error bodies.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The rule of RFC 8259 (or of this parser's limits) that the input broke.
    public enum Reason: String, Equatable, Sendable, CaseIterable {
        /// The input stopped inside a value.
        case unexpectedEnd
        /// A byte that cannot start or continue the value here (RFC 8259 §2).
        case unexpectedByte
        /// A string is not well-formed UTF-8 (RFC 8259 §8.1, RFC 3629 §4).
        case invalidUTF8
        /// U+0000 to U+001F appeared unescaped in a string (RFC 8259 §7).
        case controlCharacterInString
        /// A backslash not followed by one of the escapes of RFC 8259 §7.
        case invalidEscape
        /// A `\u` escape of a UTF-16 surrogate without its partner (RFC 8259 §7, §8.2).
        case loneSurrogate
        /// A number that breaks the grammar of RFC 8259 §6.
        case invalidNumber
        /// An integer outside `Int64`, or a number whose `Double` is infinite (RFC 8259 §6 allows limits).
        case numberOutOfRange
        /// A key repeated in one object (RFC 8259 §4 says names SHOULD be unique; we require it).
        case duplicateKey
        /// Arrays and objects nested deeper than the caller's maximum depth.
        case tooDeep
        /// Something other than white space after the value (RFC 8259 §2).
        case trailingData
        /// No value at all: the input is empty or only white space.
        case emptyInput

        /// A few words for logs, free of any input text.
        public var summary: String {
            switch self {
            case .unexpectedEnd: return "unexpected end of input"
            case .unexpectedByte: return "unexpected byte"
            case .invalidUTF8: return "invalid UTF-8"
            case .controlCharacterInString: return "unescaped control character in string"
            case .invalidEscape: return "invalid escape sequence"
            case .loneSurrogate: return "unpaired surrogate escape"
            case .invalidNumber: return "invalid number"
            case .numberOutOfRange: return "number out of range"
            case .duplicateKey: return "duplicate key"
            case .tooDeep: return "nesting too deep"
            case .trailingData: return "data after the value"
            case .emptyInput: return "empty input"
            }
        }
    }

    /// Byte offset in the input where the problem was found.
    public let offset: Int
    public let reason: Reason

    public init(offset: Int, reason: Reason) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String {
        "invalid JSON at byte \(offset): \(reason.summary)"
    }
}
