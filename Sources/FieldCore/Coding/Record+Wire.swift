/// Records as JSON values: the one encoding used on the wire and in the stores (SyncProtocol.md §3.1).
///
/// Hand-written instead of Codable because this is the hot path of every push, pull and store
/// read, and because it must refuse bad input precisely (counters must be exact whole numbers).
extension Record {
    /// Largest counter or time accepted: 2^53 - 1, exact in every JSON implementation.
    public static let maximumWireInteger: Int64 = 9_007_199_254_740_991

    public var wireValue: JSONValue {
        .object([
            "id": .string(id), "kind": .string(kind.rawValue), "version": version.wireValue,
            "fields": .object(fields.mapValues { .array($0.entries.map(\.wireValue)) }),
        ])
    }

    public init(wire value: JSONValue) throws {
        try self.init(reader: WireReader(value))
    }

    init(reader: WireReader) throws {
        let kindName = try reader.member("kind").string()
        guard let kind = RecordKind(rawValue: kindName) else { throw try reader.member("kind").fail("unknown kind") }
        self.init(id: try reader.member("id").string(), kind: kind,
                  version: try VersionVector(reader: try reader.member("version")),
                  fields: try Self.registers(try reader.member("fields")))
    }
}

extension VersionVector {
    public var wireValue: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: counters.map { ($0.key.rawValue, JSONValue.integer(Int64($0.value))) }))
    }

    public init(wire value: JSONValue) throws {
        try self.init(reader: WireReader(value))
    }

    init(reader: WireReader) throws {
        var counters: [DeviceID: UInt64] = [:]
        for (device, value) in try reader.object() {
            guard DeviceID.isValid(device) else { throw reader.fail("invalid device id") }
            counters[DeviceID(device)] = UInt64(try reader.child(device, value).integer(in: 0...Record.maximumWireInteger))
        }
        self.init(counters)
    }
}

extension FieldEntry {
    public var wireValue: JSONValue {
        .object([
            "value": value.wireValue, "device": .string(dot.device.rawValue), "counter": .integer(Int64(dot.counter)),
            "officer": .string(mark.officer), "at": .integer(mark.at.milliseconds),
        ])
    }

    init(reader: WireReader) throws {
        let device = try reader.member("device").string()
        guard DeviceID.isValid(device) else { throw try reader.member("device").fail("invalid device id") }
        let counter = try reader.member("counter").integer(in: 1...Record.maximumWireInteger)
        let at = try reader.member("at").integer(in: -Record.maximumWireInteger...Record.maximumWireInteger)
        let value = try reader.optionalMember("value").map(FieldValue.init(reader:)) ?? .null
        self.init(value: value, mark: WriteMark(
            dot: Dot(device: DeviceID(device), counter: UInt64(counter)),
            officer: try reader.member("officer").string(), at: Timestamp(milliseconds: at)))
    }
}

extension FieldValue {
    public var wireValue: JSONValue {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .text(let text): return .string(text)
        case .list(let items): return .array(items.map(JSONValue.string))
        case .number(let number):
            if let whole = integer { return .integer(whole) }
            return .number(number)
        }
    }

    init(reader: WireReader) throws {
        switch reader.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .number(Double(number))
        case .number(let number): self = .number(number)
        case .string(let text): self = .text(text)
        case .array(let items):
            self = .list(try items.indices.map { try reader.element($0, of: items).string() })
        case .object:
            throw reader.fail("a field value must be null, a boolean, a number, a string or an array of strings")
        }
    }
}

/// The two stored columns of a record: its version and its fields, each as canonical JSON text.
extension Record {
    public var storedVersion: String {
        StoredRecordEncoder.version(version)
    }

    public var storedFields: String {
        StoredRecordEncoder.fields(fields)
    }

    /// Rebuilds a record from its stored columns.
    public init(id: String, kind: RecordKind, storedVersion: String, storedFields: String) throws {
        let version = try VersionVector(storedVersion: storedVersion)
        // The fast path reads the canonical layout stores hold; anything else takes the general parser.
        let fields = try StoredRecordDecoder.fields(storedFields)
            ?? Self.registers(WireReader(try JSONParser.parse(storedFields), path: "fields"))
        self.init(id: id, kind: kind, version: version, fields: fields)
    }

    static func registers(_ reader: WireReader) throws -> [String: FieldRegister] {
        var fields: [String: FieldRegister] = [:]
        for (name, value) in try reader.object() {
            let registerReader = reader.child(name, value)
            let items = try registerReader.array()
            fields[name] = FieldRegister(try items.indices.map { try FieldEntry(reader: registerReader.element($0, of: items)) })
        }
        return fields
    }
}

extension VersionVector {
    /// Reads a stored version column.
    public init(storedVersion: String) throws {
        if let version = StoredRecordDecoder.version(storedVersion) {
            self = version
            return
        }
        try self.init(reader: WireReader(try JSONParser.parse(storedVersion), path: "version"))
    }
}
