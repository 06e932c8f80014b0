import FieldCore
import Testing

/// Error text is for logs: it names the rule and the offset, and never the input.
struct JSONParseErrorTests {
    @Test func description_NamesOffsetAndReason() {
        #expect(JSONParseError(offset: 17, reason: .duplicateKey).description == "invalid JSON at byte 17: duplicate key")
    }

    @Test(arguments: JSONParseError.Reason.allCases)
    func description_EveryReason_IsOneLine(reason: JSONParseError.Reason) {
        let description = JSONParseError(offset: 0, reason: reason).description
        #expect(!description.contains("\n"))
        #expect(description.hasPrefix("invalid JSON at byte 0: "))
    }

    @Test(arguments: [
        #"{"name":"Sanne de Vries","bsn":"123456782",}"#, #"["Sanne de Vries\u12"]"#, "[\"Sanne de Vries\u{1}\"]",
        #"{"Sanne de Vries":1,"Sanne de Vries":2}"#, #"["Sanne de Vries"] Sanne"#,
    ])
    func description_AnyError_DoesNotQuoteInput(text: String) {
        let description = parseError(text)?.description ?? "accepted"
        #expect(!description.contains("Sanne"))
        #expect(!description.contains("accepted"))
    }

    @Test func parse_Error_IsTypedAsJSONParseError() {
        do {
            _ = try JSONParser.parse("[")
        } catch {
            // The catch binds `JSONParseError` statically: typed throws, no casting needed.
            #expect(error.reason == .unexpectedEnd)
        }
    }
}
