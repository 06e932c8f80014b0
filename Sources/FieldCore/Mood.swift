/// How the conversation felt, as the officer judged it.
public enum Mood: String, Hashable, Sendable, Codable, CaseIterable {
    case positive
    case neutral
    case concerned
}
