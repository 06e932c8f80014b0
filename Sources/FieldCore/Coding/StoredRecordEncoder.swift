/// Writes a record's stored columns straight into canonical JSON bytes.
///
/// Produces exactly the bytes `JSONWriter` gives for `version.wireValue` and the fields' wire
/// value (the tests compare the two on random records), without building a `JSONValue` tree:
/// that tree cost a dictionary per entry and a key sort per object, and encoding was the largest
/// single cost of a push (22% of the merge's CPU in a profile of `fieldkit-bench`).
enum StoredRecordEncoder {
    // Writers of the stored columns and of whole records in wire form, sharing one entry layout.
    static func version(_ version: VersionVector) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(16 + 24 * version.counters.count)
        append(version, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    static func append(_ version: VersionVector, to buffer: inout [UInt8]) {
        buffer.append(JSONByte.openBrace)
        let devices = version.counters.keys.sorted { JSONWriter.keyPrecedes($0.rawValue, $1.rawValue) }
        for (position, device) in devices.enumerated() {
            if position > 0 { buffer.append(JSONByte.comma) }
            JSONWriter.appendString(device.rawValue, to: &buffer)
            buffer.append(JSONByte.colon)
            JSONWriter.appendInteger(Int64(version[device]), to: &buffer)
        }
        buffer.append(JSONByte.closeBrace)
    }

    static func fields(_ fields: [String: FieldRegister]) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(160 * fields.count + 2)
        append(fields, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    static func append(_ fields: [String: FieldRegister], to buffer: inout [UInt8]) {
        buffer.append(JSONByte.openBrace)
        let names = fields.keys.sorted(by: JSONWriter.keyPrecedes)
        for (position, name) in names.enumerated() {
            if position > 0 { buffer.append(JSONByte.comma) }
            JSONWriter.appendString(name, to: &buffer)
            buffer.append(JSONByte.colon)
            buffer.append(JSONByte.openBracket)
            for (index, entry) in (fields[name]?.entries ?? []).enumerated() {
                if index > 0 { buffer.append(JSONByte.comma) }
                append(entry, to: &buffer)
            }
            buffer.append(JSONByte.closeBracket)
        }
        buffer.append(JSONByte.closeBrace)
    }

    /// A whole record in its wire form (`Record.wireValue`): keys fields, id, kind, version.
    static func append(_ record: Record, to buffer: inout [UInt8]) {
        JSONWriter.appendLiteral("{\"fields\":", to: &buffer)
        append(record.fields, to: &buffer)
        JSONWriter.appendLiteral(",\"id\":", to: &buffer)
        JSONWriter.appendString(record.id, to: &buffer)
        JSONWriter.appendLiteral(",\"kind\":", to: &buffer)
        JSONWriter.appendString(record.kind.rawValue, to: &buffer)
        JSONWriter.appendLiteral(",\"version\":", to: &buffer)
        append(record.version, to: &buffer)
        buffer.append(JSONByte.closeBrace)
    }

    /// One entry; its keys in canonical (byte) order: at, counter, device, officer, value.
    private static func append(_ entry: FieldEntry, to buffer: inout [UInt8]) {
        JSONWriter.appendLiteral("{\"at\":", to: &buffer)
        JSONWriter.appendInteger(entry.mark.at.milliseconds, to: &buffer)
        JSONWriter.appendLiteral(",\"counter\":", to: &buffer)
        JSONWriter.appendInteger(Int64(entry.dot.counter), to: &buffer)
        JSONWriter.appendLiteral(",\"device\":", to: &buffer)
        JSONWriter.appendString(entry.dot.device.rawValue, to: &buffer)
        JSONWriter.appendLiteral(",\"officer\":", to: &buffer)
        JSONWriter.appendString(entry.mark.officer, to: &buffer)
        JSONWriter.appendLiteral(",\"value\":", to: &buffer)
        JSONWriter.write(entry.value.wireValue, into: &buffer)
        buffer.append(JSONByte.closeBrace)
    }
}
