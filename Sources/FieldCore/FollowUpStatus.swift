/// Whether a promised follow-up has been carried out.
public enum FollowUpStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case open
    case done
}
