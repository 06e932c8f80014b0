/// Parses a complete header section (request line and field lines) into a `RequestHead`.
///
/// The input has already been checked for CRLF line endings by `HeadScanner`.
enum RequestHeadParser {
    /// Parses `head`: the bytes up to, not including, the CRLF that ends the last field line.
    static func parse(_ head: ArraySlice<UInt8>, maxHeaderCount: Int) throws(HTTPParseError) -> RequestHead {
        let lines = head.split(separator: HTTPSyntax.lf, omittingEmptySubsequences: false)
            .map { $0.last == HTTPSyntax.cr ? $0.dropLast() : $0 }
        var parsed = try parseRequestLine(lines[0])
        // RFC 6585 §5: more field lines than the server accepts.
        guard lines.count - 1 <= maxHeaderCount else { throw .tooManyHeaderFields }
        for line in lines.dropFirst() {
            let (name, value) = try parseFieldLine(line)
            parsed.headers.add(name, value)
        }
        try checkHost(parsed)
        return parsed
    }

    /// request-line = method SP request-target SP HTTP-version (RFC 9112 §3).
    static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> RequestHead {
        let parts = line.split(separator: HTTPSyntax.space, omittingEmptySubsequences: false)
        // RFC 9112 §3: exactly three parts separated by single spaces.
        guard parts.count == 3, !parts[1].isEmpty, !parts[2].isEmpty else { throw .requestLineMalformed }
        // RFC 9110 §9.1: method = token.
        guard HTTPSyntax.isToken(parts[0]) else { throw .methodNotToken }
        let version = try parseVersion(parts[2])
        // RFC 9112 §3.2: no whitespace or control characters inside the target.
        guard parts[1].allSatisfy(HTTPSyntax.isTargetByte) else { throw .targetInvalidCharacter }
        // RFC 9112 §3.2.1: origin-form starts with "/"; absolute-form, authority-form and "*" are not served.
        guard parts[1].first == UInt8(ascii: "/") else { throw .targetNotOriginForm }
        let target = String(decoding: parts[1], as: UTF8.self)
        let (path, queryItems) = try RequestTarget.parse(target)
        return RequestHead(method: String(decoding: parts[0], as: UTF8.self), target: target, path: path,
                           queryItems: queryItems, version: version, headers: HTTPHeaders())
    }

    /// HTTP-version = "HTTP/" DIGIT "." DIGIT (RFC 9112 §2.3); only 1.0 and 1.1 are served.
    static func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let digits = Array(text.utf8.dropFirst(5))
        guard text.hasPrefix("HTTP/"), digits.count == 3, digits[1] == UInt8(ascii: "."),
              isDigit(digits[0]), isDigit(digits[2]) else { throw .versionMalformed }
        // RFC 9110 §15.6.6: answer other major or minor versions with 505.
        guard text == "HTTP/1.1" || text == "HTTP/1.0" else { throw .versionNotSupported }
        return text
    }

    /// field-line = field-name ":" OWS field-value OWS (RFC 9112 §5).
    static func parseFieldLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (String, String) {
        // RFC 9112 §5.2: a line starting with whitespace continues the previous one (obs-fold): rejected.
        if let first = line.first, HTTPSyntax.isWhitespace(first) { throw .obsoleteLineFolding }
        guard let colon = line.firstIndex(of: HTTPSyntax.colon), colon > line.startIndex else {
            throw .fieldLineMalformed
        }
        let name = line[..<colon]
        // RFC 9112 §5.1: whitespace between the name and the colon is rejected with 400.
        if let last = name.last, HTTPSyntax.isWhitespace(last) { throw .whitespaceBeforeColon }
        // RFC 9110 §5.1: field-name = token.
        guard HTTPSyntax.isToken(name) else { throw .fieldNameNotToken }
        let value = HTTPSyntax.trimmed(line[line.index(after: colon)...])
        // RFC 9110 §5.5: no CTLs but HTAB in a value (CR, LF and NUL in particular).
        guard value.allSatisfy(HTTPSyntax.isFieldValueByte) else { throw .fieldValueInvalidCharacter }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// RFC 9112 §3.2: HTTP/1.1 requires Host; no request may carry it twice.
    static func checkHost(_ head: RequestHead) throws(HTTPParseError) {
        let hosts = head.headers.values("Host")
        if hosts.count > 1 { throw .hostRepeated }
        if hosts.isEmpty && !head.isHTTP10 { throw .hostMissing }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
