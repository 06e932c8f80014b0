/// A pull answer written straight from stored text, without decoding a single record.
///
/// Decoding the stored JSON into Records and encoding them again was most of the server's work
/// for a pull (and all of it done under the store lock). The stored version and fields are the
/// writer's own compact, key-sorted output for the same values the wire carries, so splicing them
/// gives the bytes `JSONWriter.write(wireValue)` would give (a test holds the two equal).
extension PullResponse {
    public static func wireBody(records: [StoredRecordText], cursor: String, more: Bool, serverTime: Timestamp,
                                protocolVersion: Int = SyncProtocol.version) -> [UInt8] {
        var body: [UInt8] = []
        body.reserveCapacity(records.reduce(128) { $0 + $1.fields.utf8.count + $1.version.utf8.count + 64 })
        body += #"{"cursor":"#.utf8
        JSONWriter.write(.string(cursor), into: &body)
        body += #","more":"#.utf8
        body += (more ? "true" : "false").utf8
        body += #","protocol":"#.utf8
        body += String(protocolVersion).utf8
        body += #","records":["#.utf8
        for (index, record) in records.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            append(record, to: &body)
        }
        body += #"],"server_time":"#.utf8
        body += String(serverTime.milliseconds).utf8
        body.append(UInt8(ascii: "}"))
        return body
    }

    /// One record with its keys in sorted order: fields, id, kind, version.
    private static func append(_ record: StoredRecordText, to body: inout [UInt8]) {
        body += #"{"fields":"#.utf8
        body += record.fields.utf8
        body += #","id":"#.utf8
        JSONWriter.write(.string(record.id), into: &body)
        body += #","kind":"#.utf8
        JSONWriter.write(.string(record.kind), into: &body)
        body += #","version":"#.utf8
        body += record.version.utf8
        body.append(UInt8(ascii: "}"))
    }
}
