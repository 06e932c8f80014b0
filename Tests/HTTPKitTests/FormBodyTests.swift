import HTTPKit
import Testing

/// Form bodies as browsers post them.
struct FormBodyTests {
    static func posted(_ body: String, type: String = "application/x-www-form-urlencoded") -> HTTPRequest {
        HTTPRequest(method: "POST", target: "/review/signin", headers: ["Content-Type": type], body: Array(body.utf8))
    }

    @Test func formItems_DecodePercentAndPlusInOrder() {
        let request = Self.posted("token=fk_1%2B2&note=a+b%26c&empty=&token=second")
        #expect(request.formItems.map(\.name) == ["token", "note", "empty", "token"])
        #expect(request.formValue("token") == "fk_1+2")
        #expect(request.formValue("note") == "a b&c")
        #expect(request.formValue("empty") == "")
        #expect(request.formValue("missing") == nil)
    }

    @Test func formItems_AcceptCharsetParameterAndIgnoreCase() {
        #expect(Self.posted("a=1", type: "Application/X-WWW-Form-Urlencoded; charset=UTF-8").formValue("a") == "1")
    }

    @Test func formItems_OtherTypeOrMalformed_AreEmpty() {
        #expect(Self.posted("a=1", type: "application/json").formItems.isEmpty)
        #expect(Self.posted("a=%zz").formItems.isEmpty)
        #expect(HTTPRequest(method: "POST", target: "/", body: Array("a=1".utf8)).formItems.isEmpty)
    }
}
