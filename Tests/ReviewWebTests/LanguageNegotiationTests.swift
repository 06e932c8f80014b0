import ReviewWeb
import Testing

/// `Accept-Language` to page language: q-values, regional Dutch, and the English default.
struct LanguageNegotiationTests {
    @Test(arguments: [
        ("nl", Language.dutch), ("nl-NL", .dutch), ("nl-BE,fr;q=0.5", .dutch), ("NL-be", .dutch),
        ("en-GB,en;q=0.9", .english), ("de-DE,nl;q=0.8,en;q=0.5", .dutch), ("en;q=0.4, nl;q=0.6", .dutch),
        ("nl;q=0.3, en;q=0.9", .english), ("fr, de", .english), ("", .english), ("*", .english),
        ("nl;q=0, *", .english), ("en;q=0, *;q=0.5", .dutch), ("nl;q=1, en;q=1", .dutch), ("en, nl", .english),
        ("nl;q=abc, en;q=0.1", .english), ("nl;q=2, en;q=0.1", .english), ("nld", .english), ("nl-BE ; q=0.7", .dutch),
    ])
    func negotiate_PicksTheMostPreferredOfOurs(header: String, expected: Language) {
        #expect(Language.negotiate(header) == expected, "\(header)")
    }

    @Test func negotiate_MissingHeader_IsEnglish() {
        #expect(Language.negotiate(nil) == .english)
    }
}
