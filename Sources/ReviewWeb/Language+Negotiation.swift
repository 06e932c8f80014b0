import Foundation

/// Choosing the page language from `Accept-Language` (RFC 9110 §12.5.4).
extension Language {
    /// The language the browser prefers most among ours; English when it accepts neither.
    ///
    /// Each range weighs by its `q` (default 1; 0 means "not this one"). `nl` and any `nl-…`
    /// (nl-NL, nl-BE) stand for Dutch, `en` and `en-…` for English; `*` stands for a language
    /// no range names. Among equal weights the range listed first wins.
    public static func negotiate(_ header: String?) -> Language {
        let ranges = ranges(header ?? "")
        let preferences = Language.allCases.compactMap { language in
            preference(for: language, in: ranges).flatMap { $0.weight > 0 ? (language, $0.weight, $0.position) : nil }
        }
        let best = preferences.max { lhs, rhs in lhs.1 != rhs.1 ? lhs.1 < rhs.1 : lhs.2 > rhs.2 }
        return best?.0 ?? .english
    }

    /// The weight that speaks for `language` and where it was listed: its own ranges' highest, else `*`'s.
    static func preference(for language: Language, in ranges: [(range: String, weight: Double)]) -> (weight: Double, position: Int)? {
        let own = ranges.indices.filter { ranges[$0].range == language.rawValue || ranges[$0].range.hasPrefix(language.rawValue + "-") }
        let speaking = own.isEmpty ? ranges.indices.filter { ranges[$0].range == "*" } : own
        guard let weight = speaking.map({ ranges[$0].weight }).max(),
              let position = speaking.first(where: { ranges[$0].weight == weight }) else { return nil }
        return (weight, position)
    }

    /// The header's language ranges, lower-cased, with their weights; a malformed weight counts as 0.
    static func ranges(_ header: String) -> [(range: String, weight: Double)] {
        header.split(separator: ",").compactMap { element in
            let parts = element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let range = parts.first?.lowercased(), !range.isEmpty else { return nil }
            guard let parameter = parts.dropFirst().first(where: { $0.lowercased().hasPrefix("q=") }) else { return (range, 1) }
            let weight = Double(parameter.dropFirst(2)).flatMap { (0...1).contains($0) ? $0 : nil } ?? 0
            return (range, weight)
        }
    }
}
