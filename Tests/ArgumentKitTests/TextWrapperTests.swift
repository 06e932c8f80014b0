import Testing
@testable import ArgumentKit

/// Line wrapping for help text.
@Suite struct TextWrapperTests {
    @Test func wrap_LongText_BreaksAtSpacesWithHangingIndent() {
        let lines = TextWrapper.wrap("one two three four", width: 12, prefix: "X:", indent: 3)
        #expect(lines == ["X: one two", "   three", "   four"])
    }

    @Test func wrap_ItemWiderThanLine_GetsItsOwnLine() {
        let lines = TextWrapper.wrap(["a", "abcdefghijkl", "b"], width: 6, prefix: "", indent: 1)
        #expect(lines == ["a", " abcdefghijkl", " b"])
    }
}
