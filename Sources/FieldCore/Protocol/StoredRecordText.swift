/// A record as the stores keep it: id and kind, with its version and fields already in their
/// wire encoding (`Record.storedVersion`, `Record.storedFields`), so a pull can serve it as is.
public struct StoredRecordText: Sendable, Equatable {
    public let id: String
    public let kind: String
    public let version: String
    public let fields: String

    public init(id: String, kind: String, version: String, fields: String) {
        self.id = id
        self.kind = kind
        self.version = version
        self.fields = fields
    }
}
