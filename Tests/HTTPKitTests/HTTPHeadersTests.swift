import Testing
import HTTPKit

struct HTTPHeadersTests {
    @Test func headers_Lookup_IsCaseInsensitiveAndReturnsFirst() {
        var headers = HTTPHeaders()
        headers.add("Set-Cookie", "a=1")
        headers.add("set-cookie", "b=2")
        #expect(headers["SET-COOKIE"] == "a=1")
        #expect(headers.values("Set-Cookie") == ["a=1", "b=2"])
        #expect(headers.count == 2)
    }

    @Test func headers_Set_ReplacesAllInPlace() {
        var headers: HTTPHeaders = ["A": "1", "B": "2", "a": "3"]
        headers.set("A", "9")
        #expect(headers.map(\.name) == ["A", "B"])
        #expect(headers.values("a") == ["9"])
    }

    @Test func headers_Remove_DropsEveryField() {
        var headers: HTTPHeaders = ["A": "1", "B": "2", "a": "3"]
        headers.remove("a")
        #expect(headers.map(\.name) == ["B"])
        #expect(!headers.contains("A"))
    }

    @Test func headers_NamesThatDifferBeyondCase_AreDifferent() {
        let headers: HTTPHeaders = ["X-A": "1"]
        #expect(headers["X_A"] == nil)
        #expect(headers["X-B"] == nil)
        #expect(headers["x-a"] == "1")
    }
}
