/// One value of a field together with the write that set it.
public struct FieldEntry: Hashable, Sendable {
    public let value: FieldValue
    public let mark: WriteMark

    public init(value: FieldValue, mark: WriteMark) {
        self.value = value
        self.mark = mark
    }

    public var dot: Dot { mark.dot }

    /// A total order: by dot, then by content, so that duplicates of one dot resolve the same way everywhere.
    static func canonicallyPrecedes(_ lhs: FieldEntry, _ rhs: FieldEntry) -> Bool {
        if lhs.dot != rhs.dot { return lhs.dot < rhs.dot }
        if lhs.value != rhs.value { return lhs.value.precedes(rhs.value) }
        if lhs.mark.at != rhs.mark.at { return lhs.mark.at < rhs.mark.at }
        return FieldValue.bytesPrecede(lhs.mark.officer, rhs.mark.officer)
    }
}

/// Encodes an entry flat, as `{"value": …, "device": …, "counter": n, "officer": …, "at": ms}`.
extension FieldEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case value, device, counter, officer, at
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let device = try container.decode(String.self, forKey: .device)
        guard DeviceID.isValid(device) else {
            throw DecodingError.dataCorruptedError(forKey: .device, in: container, debugDescription: "invalid device id")
        }
        let dot = Dot(device: DeviceID(device), counter: try container.decode(UInt64.self, forKey: .counter))
        let mark = WriteMark(
            dot: dot, officer: try container.decode(String.self, forKey: .officer),
            at: try container.decode(Timestamp.self, forKey: .at))
        self.init(value: try container.decodeIfPresent(FieldValue.self, forKey: .value) ?? .null, mark: mark)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(mark.dot.device.rawValue, forKey: .device)
        try container.encode(mark.dot.counter, forKey: .counter)
        try container.encode(mark.officer, forKey: .officer)
        try container.encode(mark.at, forKey: .at)
    }
}
