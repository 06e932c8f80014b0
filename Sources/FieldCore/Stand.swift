/// A stand: where and when an officer set up to talk with residents. The typed view of a `stand` record.
public struct Stand: Hashable, Sendable {
    public let id: String
    public let neighbourhood: String
    public let location: String
    public let latitude: Double?
    public let longitude: Double?
    public let openedAt: Timestamp
    public let closedAt: Timestamp?
    public let officer: String
    public let isDeleted: Bool
    public let version: VersionVector

    public init(record: Record) {
        func value(_ field: StandField) -> FieldValue { record.value(field.rawValue) }
        id = record.id
        neighbourhood = value(.neighbourhood).text ?? ""
        location = value(.location).text ?? ""
        latitude = value(.latitude).number
        longitude = value(.longitude).number
        openedAt = Timestamp(milliseconds: value(.openedAt).integer ?? 0)
        closedAt = value(.closedAt).integer.map(Timestamp.init(milliseconds:))
        officer = value(.officer).text ?? ""
        isDeleted = record.isDeleted
        version = record.version
    }

    public var isOpen: Bool { closedAt == nil && !isDeleted }

    /// The field values of a newly opened stand.
    public static func openingValues(
        neighbourhood: String, location: String, latitude: Double?, longitude: Double?, officer: String, at: Timestamp
    ) -> [String: FieldValue] {
        [
            StandField.neighbourhood.rawValue: .text(neighbourhood),
            StandField.location.rawValue: .text(location),
            StandField.latitude.rawValue: latitude.map(FieldValue.number) ?? .null,
            StandField.longitude.rawValue: longitude.map(FieldValue.number) ?? .null,
            StandField.openedAt.rawValue: .number(Double(at.milliseconds)),
            StandField.closedAt.rawValue: .null,
            StandField.officer.rawValue: .text(officer),
        ]
    }
}
