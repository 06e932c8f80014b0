/// Encodes a version vector as a JSON object of device id to counter, keys sorted.
extension VersionVector: Codable {
    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: UInt64].self)
        var counters: [DeviceID: UInt64] = [:]
        for (key, value) in raw {
            guard DeviceID.isValid(key) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath, debugDescription: "invalid device id in version vector"))
            }
            counters[DeviceID(key)] = value
        }
        self.init(counters)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        let raw = Dictionary(uniqueKeysWithValues: counters.map { ($0.key.rawValue, $0.value) })
        try container.encode(raw)
    }
}
