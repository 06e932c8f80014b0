/// Encodes a version vector as a JSON object of device id to counter, for `--json` output.
extension VersionVector: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        let raw = Dictionary(uniqueKeysWithValues: counters.map { ($0.key.rawValue, $0.value) })
        try container.encode(raw)
    }
}
