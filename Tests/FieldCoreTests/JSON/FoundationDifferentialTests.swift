import TestSupport
import Foundation
import FieldCore
import Testing

/// Foundation's `JSONSerialization` as a second opinion on what is and is not JSON.
struct FoundationDifferentialTests {
    @Test func foundation_RandomCanonicalDocuments_AcceptsAndAgrees() throws {
        var random = RandomJSON(generator: SeededGenerator.make(test: "foundation_RandomCanonicalDocuments_AcceptsAndAgrees"))
        for _ in 0..<400 {
            let value = random.value()
            let text = JSONWriter.write(value)
            let theirs = try JSONSerialization.jsonObject(with: Data(text), options: [.fragmentsAllowed])
            let expected = RandomJSON.expectedAfterRoundTrip(value)
            #expect(Self.matches(expected, theirs), "\(String(decoding: text, as: UTF8.self))")
        }
    }

    /// Documents both parsers must refuse.
    @Test(arguments: [
        "", " ", "[", "]", "{", "[1", "{\"a\"}", "{\"a\":}", "{a:1}", "[1 2]", "01", "-", "1.", ".5", "+1", "1e",
        "[1e999]", "tru", "nul", "NaN", "[Infinity]", "'a'", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\uD800\"",
        "\"\u{1}\"", "\"a\nb\"", "{\"a\" 1}", "[1]x", "/* */1", "{\"a\":1 \"b\":2}", "[1,,2]",
    ])
    func foundation_InvalidDocument_BothReject(text: String) {
        let data = Data(text.utf8)
        #expect(parseError(text) != nil)
        #expect((try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil)
    }

    @Test(arguments: [
        [0x22, 0xC0, 0x80, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xFF, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],
    ] as [[UInt8]])
    func foundation_MalformedUTF8_BothReject(bytes: [UInt8]) {
        #expect(parseError(bytes)?.reason == .invalidUTF8)
        #expect((try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) == nil)
    }

    /// Where Foundation (swift-corelibs-foundation on Linux) is lenient we only assert our stricter answer:
    /// it keeps the last of duplicate keys, accepts a trailing comma and a leading BOM, and turns
    /// integers beyond Int64 into NSDecimalNumber.
    @Test(arguments: [
        Rejection(#"{"a":1,"a":2}"#, .duplicateKey, at: 7),
        Rejection("[1,]", .unexpectedByte, at: 3),
        Rejection("{\"a\":1,}", .unexpectedByte, at: 7),
        Rejection("\u{FEFF}[1]", .unexpectedByte, at: 0),
        Rejection("99999999999999999999", .numberOutOfRange, at: 0),
    ])
    func foundation_WhereLenient_WeStillReject(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    /// Compares our value with Foundation's, which reports booleans and numbers alike as `NSNumber`.
    static func matches(_ ours: JSONValue, _ theirs: Any) -> Bool {
        switch ours {
        case .null:
            return theirs is NSNull
        case .bool(let flag):
            guard let number = theirs as? NSNumber, isBoolean(number) else { return false }
            return number.boolValue == flag
        case .integer(let integer):
            guard let number = theirs as? NSNumber, !isBoolean(number) else { return false }
            return number.int64Value == integer
        case .number(let double):
            guard let number = theirs as? NSNumber, !isBoolean(number) else { return false }
            return exactDouble(number) == double
        case .string(let string):
            return (theirs as? String) == string
        case .array(let elements):
            guard let array = theirs as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { matches($0, $1) }
        case .object(let members):
            guard let dictionary = theirs as? [String: Any], dictionary.count == members.count else { return false }
            return members.allSatisfy { key, value in dictionary[key].map { matches(value, $0) } ?? false }
        }
    }

    /// Foundation keeps many decimals as `NSDecimalNumber`, whose `doubleValue` is not correctly
    /// rounded; its decimal digits are exact, so convert those instead.
    static func exactDouble(_ number: NSNumber) -> Double? {
        if let decimal = number as? NSDecimalNumber { return Double(decimal.stringValue) }
        return number.doubleValue
    }

    /// Foundation marks booleans with the Objective-C type code of `BOOL`/`char`, which JSON numbers never get.
    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
