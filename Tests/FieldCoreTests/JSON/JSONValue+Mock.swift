import FieldCore

extension JSONValue {
    /// A record shaped like the ones the FieldKit store writes, with every part overridable.
    static func makeRecord(
        id: String = "6f1d2c1e-5b7a-4c1e-9a1b-3f2e4d5c6b7a",
        kind: String = "note",
        device: String = "3f2a9c0b11d24e5f",
        officer: String = "Sanne de Vries",
        topic: String = "parking",
        counter: Int64 = 1,
        version: Int64 = 2,
        at: Int64 = 1_790_000_000_000
    ) -> JSONValue {
        let entry: JSONValue = .object([
            "value": .string(topic), "device": .string(device), "counter": .integer(counter),
            "officer": .string(officer), "at": .integer(at),
        ])
        return .object([
            "id": .string(id),
            "kind": .string(kind),
            "version": .object([device: .integer(version)]),
            "fields": .object(["topic": .array([entry])]),
        ])
    }
}
