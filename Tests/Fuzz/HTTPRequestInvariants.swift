@testable import HTTPKit

/// What must hold for every request the decoder hands to a handler, and for every error it throws.
///
/// These restate the parser's promises (RFC 9110, RFC 9112 and the configured limits) from the
/// outside, on the decoded result, so a path through the parser that forgets one is caught.
enum HTTPRequestInvariants {
    static func check(_ request: HTTPRequest, limits: HTTPFuzzInput.Limits) {
        FuzzCheck.require(request.body.count <= limits.maxBodyBytes, "body of \(request.body.count) bytes passed the limit")
        FuzzCheck.require(HTTPSyntax.isToken(Array(request.method.utf8)), "method is not a token")
        FuzzCheck.require(request.target.hasPrefix("/"), "target is not in origin-form")
        FuzzCheck.require(request.version == "HTTP/1.1" || request.version == "HTTP/1.0", "unsupported version passed")
        FuzzCheck.require(request.headers.count <= limits.maxHeaderCount, "more header fields than the limit")
        for (name, value) in request.headers {
            FuzzCheck.require(HTTPSyntax.isToken(Array(name.utf8)), "field name is not a token")
            FuzzCheck.require(value.utf8.allSatisfy(HTTPSyntax.isFieldValueByte), "field value holds CR, LF, NUL or DEL")
        }
        let hosts = request.headers.values("Host").count
        FuzzCheck.require(hosts <= 1 && (hosts == 1 || request.version == "HTTP/1.0"), "Host missing or repeated")
        checkFraming(request)
        // Accessors handlers use on every request: they must not trap on anything the parser let through.
        _ = request.formItems
        _ = request.wantsKeepAlive
        _ = request.query("cursor")
        _ = RequestTarget.decodedSegments(of: request.target)
    }

    /// The body is exactly what the framing header says (RFC 9112 §6.3).
    private static func checkFraming(_ request: HTTPRequest) {
        let lengths = request.headers.values("Content-Length")
        if request.headers.contains("Transfer-Encoding") {
            FuzzCheck.require(lengths.isEmpty, "Transfer-Encoding and Content-Length both passed")
            FuzzCheck.require(request.version == "HTTP/1.1", "Transfer-Encoding passed in HTTP/1.0")
        } else if let declared = lengths.first?.split(separator: ",").first {
            let length = Int(HTTPSyntax.trimmed(declared))
            FuzzCheck.require(length == request.body.count, "body size differs from Content-Length")
        } else {
            FuzzCheck.require(request.body.isEmpty, "a body without framing")
        }
    }

    /// Every parse error maps to a client or server error status with a message for the response.
    static func check(_ error: HTTPParseError) {
        let status = error.status.code
        FuzzCheck.require((400...599).contains(status), "parse error answered with \(status)")
        FuzzCheck.require(!error.message.isEmpty, "parse error without a message")
    }
}
