/// The fields of a stand, by their stored (and wire) names.
public enum StandField: String, CaseIterable, Sendable {
    case neighbourhood
    case location
    case latitude
    case longitude
    case openedAt = "opened_at"
    case closedAt = "closed_at"
    case officer
    case deleted
}
