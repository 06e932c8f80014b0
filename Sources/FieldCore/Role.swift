/// What an enrolled person may do: officers sync their devices; coordinators also review on the server.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    case officer
    case coordinator
}
