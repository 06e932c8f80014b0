/// Reads a record's stored columns straight from canonical JSON, without a `JSONValue` tree.
///
/// Stores hold text that `StoredRecordEncoder` (or `JSONWriter` before it) wrote, always in one
/// layout: no white space, members in byte order, every entry with all five keys. This decoder
/// accepts exactly that layout and answers nil for anything else, so the caller falls back to the
/// general parser, which reads any valid JSON and reports errors precisely. Where it succeeds it
/// gives what the general path gives (the tests compare them); it checks the same things: UTF-8,
/// escapes, whole numbers in range, valid device ids, no repeated field.
///
/// Why: decoding the stored record was the largest cost left in a push (31% of the merge's CPU,
/// half of it building and hashing dictionaries that were read once and dropped).
enum StoredRecordDecoder {
    struct LayoutMismatch: Error {}

    static func fields(_ text: String) -> [String: FieldRegister]? {
        read(text) { scanner in try fieldMap(&scanner) }
    }

    static func version(_ text: String) -> VersionVector? {
        read(text) { scanner in try counters(&scanner) }
    }

    static func read<T>(_ text: String, _ body: (inout JSONScanner) throws -> T) -> T? {
        var text = text
        return text.withUTF8 { buffer in
            var scanner = JSONScanner(bytes: buffer, maximumDepth: 4)
            guard let value = try? body(&scanner), scanner.index == buffer.count else { return nil }
            return value
        }
    }

    static func fieldMap(_ scanner: inout JSONScanner) throws -> [String: FieldRegister] {
        var fields: [String: FieldRegister] = [:]
        try members(&scanner) { scanner, name in
            guard fields[name] == nil, scanner.consume("[") else { throw LayoutMismatch() }
            var entries: [FieldEntry] = []
            if !scanner.consume("]") {
                repeat { entries.append(try entry(&scanner)) } while scanner.consume(",")
                guard scanner.consume("]") else { throw LayoutMismatch() }
            }
            fields[name] = FieldRegister(entries)
        }
        return fields
    }

    static func counters(_ scanner: inout JSONScanner) throws -> VersionVector {
        var counters: [DeviceID: UInt64] = [:]
        try members(&scanner) { scanner, device in
            guard DeviceID.isValid(device), counters[DeviceID(device)] == nil else { throw LayoutMismatch() }
            counters[DeviceID(device)] = UInt64(try integer(&scanner, in: 0...Record.maximumWireInteger))
        }
        return VersionVector(counters)
    }

    /// `{"key":<value>,...}`, calling `member` with the scanner standing on each value.
    private static func members(_ scanner: inout JSONScanner, _ member: (inout JSONScanner, String) throws -> Void) throws {
        guard scanner.consume("{") else { throw LayoutMismatch() }
        if scanner.consume("}") { return }
        repeat {
            let key = try string(&scanner)
            guard scanner.consume(":") else { throw LayoutMismatch() }
            try member(&scanner, key)
        } while scanner.consume(",")
        guard scanner.consume("}") else { throw LayoutMismatch() }
    }

    private static func entry(_ scanner: inout JSONScanner) throws -> FieldEntry {
        guard scanner.consume("{\"at\":") else { throw LayoutMismatch() }
        let at = try integer(&scanner, in: -Record.maximumWireInteger...Record.maximumWireInteger)
        guard scanner.consume(",\"counter\":") else { throw LayoutMismatch() }
        let counter = try integer(&scanner, in: 1...Record.maximumWireInteger)
        guard scanner.consume(",\"device\":") else { throw LayoutMismatch() }
        let device = try string(&scanner)
        guard DeviceID.isValid(device), scanner.consume(",\"officer\":") else { throw LayoutMismatch() }
        let officer = try string(&scanner)
        guard scanner.consume(",\"value\":") else { throw LayoutMismatch() }
        let value = try fieldValue(&scanner)
        guard scanner.consume("}") else { throw LayoutMismatch() }
        return FieldEntry(value: value, mark: WriteMark(dot: Dot(device: DeviceID(device), counter: UInt64(counter)),
                                                        officer: officer, at: Timestamp(milliseconds: at)))
    }

    /// The same values `FieldValue(reader:)` accepts: null, booleans, numbers, strings, lists of strings.
    private static func fieldValue(_ scanner: inout JSONScanner) throws -> FieldValue {
        if scanner.consume("null") { return .null }
        if scanner.consume("true") { return .bool(true) }
        if scanner.consume("false") { return .bool(false) }
        if scanner.currentByte == JSONByte.quote { return .text(try scanner.scanString()) }
        if scanner.consume("[") {
            var items: [String] = []
            if scanner.consume("]") { return .list(items) }
            repeat { items.append(try string(&scanner)) } while scanner.consume(",")
            guard scanner.consume("]") else { throw LayoutMismatch() }
            return .list(items)
        }
        switch try number(&scanner) {
        case .integer(let whole): return .number(Double(whole))
        case .number(let number): return .number(number)
        default: throw LayoutMismatch()
        }
    }

    static func string(_ scanner: inout JSONScanner) throws -> String {
        guard scanner.currentByte == JSONByte.quote else { throw LayoutMismatch() }
        return try scanner.scanString()
    }

    static func integer(_ scanner: inout JSONScanner, in range: ClosedRange<Int64>) throws -> Int64 {
        guard case .integer(let whole) = try number(&scanner), range.contains(whole) else { throw LayoutMismatch() }
        return whole
    }

    private static func number(_ scanner: inout JSONScanner) throws -> JSONValue {
        guard let byte = scanner.currentByte, byte == JSONByte.minus || (JSONByte.zero...JSONByte.nine).contains(byte) else {
            throw LayoutMismatch()
        }
        return try scanner.scanNumber()
    }
}
