/// Push messages in their canonical layout, written and read without a `JSONValue` tree.
///
/// A push of 1,000 records is about 1.6 MB of JSON. Building it as a tree on the device, and
/// parsing it into one on the server, cost more than the merge itself. Every FieldKit client
/// writes the canonical layout, so the server reads that layout directly and hands anything
/// else (another client's spacing or key order, or a hostile body) to the general parser, which
/// accepts any valid JSON and explains what is wrong.
extension PushRequest {
    /// Exactly `JSONWriter.write(wireValue)`, written directly.
    public var canonicalBytes: [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64 + 1_800 * records.count)
        JSONWriter.appendLiteral("{\"device\":", to: &buffer)
        JSONWriter.appendString(device.rawValue, to: &buffer)
        JSONWriter.appendLiteral(",\"protocol\":", to: &buffer)
        JSONWriter.appendInteger(Int64(protocolVersion), to: &buffer)
        JSONWriter.appendLiteral(",\"records\":[", to: &buffer)
        for (index, record) in records.enumerated() {
            if index > 0 { buffer.append(JSONByte.comma) }
            StoredRecordEncoder.append(record, to: &buffer)
        }
        JSONWriter.appendLiteral("]}", to: &buffer)
        return buffer
    }

    /// Reads a body in the canonical layout; nil for anything else (use `init(wire:)` then).
    /// Where it succeeds it gives what `init(wire: JSONParser.parse(body))` gives.
    public init?(canonical body: [UInt8]) {
        let decoded: PushRequest? = body.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer, maximumDepth: 8)
            guard let message = try? Self.read(&scanner), scanner.index == buffer.count else { return nil }
            return message
        }
        guard let decoded else { return nil }
        self = decoded
    }

    private static func read(_ scanner: inout JSONScanner) throws -> PushRequest {
        typealias Layout = StoredRecordDecoder
        guard scanner.consume("{\"device\":") else { throw Layout.LayoutMismatch() }
        let device = try Layout.string(&scanner)
        guard DeviceID.isValid(device), scanner.consume(",\"protocol\":") else { throw Layout.LayoutMismatch() }
        let version = try Layout.integer(&scanner, in: 0...Int64(Int32.max))
        guard scanner.consume(",\"records\":[") else { throw Layout.LayoutMismatch() }
        var records: [Record] = []
        if !scanner.consume("]") {
            repeat { records.append(try record(&scanner)) } while scanner.consume(",")
            guard scanner.consume("]") else { throw Layout.LayoutMismatch() }
        }
        guard scanner.consume("}") else { throw Layout.LayoutMismatch() }
        return PushRequest(device: DeviceID(device), records: records, protocolVersion: Int(version))
    }

    private static func record(_ scanner: inout JSONScanner) throws -> Record {
        typealias Layout = StoredRecordDecoder
        guard scanner.consume("{\"fields\":") else { throw Layout.LayoutMismatch() }
        let fields = try Layout.fieldMap(&scanner)
        guard scanner.consume(",\"id\":") else { throw Layout.LayoutMismatch() }
        let id = try Layout.string(&scanner)
        guard scanner.consume(",\"kind\":") else { throw Layout.LayoutMismatch() }
        guard let kind = RecordKind(rawValue: try Layout.string(&scanner)), scanner.consume(",\"version\":") else {
            throw Layout.LayoutMismatch()
        }
        let version = try Layout.counters(&scanner)
        guard scanner.consume("}") else { throw Layout.LayoutMismatch() }
        return Record(id: id, kind: kind, version: version, fields: fields)
    }
}
