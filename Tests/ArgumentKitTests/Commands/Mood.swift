/// The choices `Log --mood` accepts.
enum Mood: String, CaseIterable {
    case positive, neutral, concerned
}
