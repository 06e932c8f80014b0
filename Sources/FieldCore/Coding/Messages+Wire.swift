/// The protocol messages as JSON values (SyncProtocol.md §7), on the same fast path as records.
extension PushRequest {
    public var wireValue: JSONValue {
        .object([
            "protocol": .integer(Int64(protocolVersion)), "device": .string(device.rawValue),
            "records": .array(records.map(\.wireValue)),
        ])
    }

    public init(wire value: JSONValue) throws {
        let reader = WireReader(value)
        let device = try reader.member("device").string()
        guard DeviceID.isValid(device) else { throw try reader.member("device").fail("invalid device id") }
        let recordsReader = try reader.member("records")
        let items = try recordsReader.array()
        self.init(
            device: DeviceID(device),
            records: try items.indices.map { try Record(reader: recordsReader.element($0, of: items)) },
            protocolVersion: Int(try reader.member("protocol").integer(in: 0...Int64(Int32.max))))
    }
}

extension PushResponse {
    public var wireValue: JSONValue {
        .object([
            "protocol": .integer(Int64(protocolVersion)), "server_time": .integer(serverTime.milliseconds),
            "results": .array(results.map { .object(["id": .string($0.id), "change": .string($0.change)]) }),
        ])
    }

    public init(wire value: JSONValue) throws {
        let reader = WireReader(value)
        let resultsReader = try reader.member("results")
        let items = try resultsReader.array()
        let results = try items.indices.map { index in
            let item = resultsReader.element(index, of: items)
            return Result(id: try item.member("id").string(), change: try item.member("change").string())
        }
        self.init(results: results, serverTime: Timestamp(milliseconds: try reader.member("server_time").integer(in: Int64.min...Int64.max)),
                  protocolVersion: Int(try reader.member("protocol").integer(in: 0...Int64(Int32.max))))
    }
}

extension PullResponse {
    public var wireValue: JSONValue {
        .object([
            "protocol": .integer(Int64(protocolVersion)), "server_time": .integer(serverTime.milliseconds),
            "records": .array(records.map(\.wireValue)), "cursor": .string(cursor), "more": .bool(more),
        ])
    }

    public init(wire value: JSONValue) throws {
        let reader = WireReader(value)
        let recordsReader = try reader.member("records")
        let items = try recordsReader.array()
        guard case .bool(let more) = try reader.member("more").value else { throw try reader.member("more").fail("expected a boolean") }
        self.init(
            records: try items.indices.map { try Record(reader: recordsReader.element($0, of: items)) },
            cursor: try reader.member("cursor").string(), more: more,
            serverTime: Timestamp(milliseconds: try reader.member("server_time").integer(in: Int64.min...Int64.max)),
            protocolVersion: Int(try reader.member("protocol").integer(in: 0...Int64(Int32.max))))
    }
}

extension HealthResponse {
    public var wireValue: JSONValue {
        .object(["status": .string(status), "protocol": .integer(Int64(protocolVersion)), "server_time": .integer(serverTime.milliseconds)])
    }
}

extension ErrorBody {
    /// Reads an error body; nil when the bytes are not one (a proxy's HTML page, say).
    public init?(wireBytes bytes: [UInt8]) {
        guard let value = try? JSONParser.parse(bytes), let error = value["error"],
              let code = error["code"]?.stringValue, let message = error["message"]?.stringValue else { return nil }
        self.init(code: code, message: message)
    }
}
