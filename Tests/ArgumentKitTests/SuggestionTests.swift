import Testing
@testable import ArgumentKit

/// Edit distance and "did you mean" choice.
@Suite struct SuggestionTests {
    @Test(arguments: [("log", "log", 0), ("lgo", "log", 1), ("mod", "mood", 1), ("", "abc", 3),
                      ("kitten", "sitting", 3), ("topic", "tpoci", 2)])
    func distance_CountsEditsWithAdjacentSwapAsOne(a: String, b: String, expected: Int) {
        #expect(Suggestion.distance(a, b) == expected)
        #expect(Suggestion.distance(b, a) == expected)
    }

    @Test func closest_PrefersNearestThenEarliest() {
        #expect(Suggestion.closest(to: "--tap", among: ["--tag", "--tab", "--top"]) == "--tag")
        #expect(Suggestion.closest(to: "--moo", among: ["--help", "--mood"]) == "--mood")
    }

    @Test func closest_BeyondTwoEdits_IsNil() {
        #expect(Suggestion.closest(to: "sync", among: ["log", "stand"]) == nil)
    }
}
