/// The languages the review pages speak.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case dutch = "nl"

    /// Every label of the pages in this language.
    var labels: Labels {
        switch self {
        case .english: return .english
        case .dutch: return .dutch
        }
    }
}
