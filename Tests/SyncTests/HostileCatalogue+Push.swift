/// Authenticated pushes whose JSON is hostile: the JSON layer is reached and answers 400 invalid_push, never a crash.
extension HostileCatalogue {
    static let device = HostileServer.device

    /// A valid push of one note; each argument replaces one part with raw JSON text.
    static func note(
        id: String = "hostile-note", kind: String = "\"note\"", version: String? = nil, counter: String = "1",
        value: String = "\"parking\"", records: String? = nil, fields: String? = nil
    ) -> String {
        let entry = #"{"value": \#(value), "device": "\#(device)", "counter": \#(counter), "officer": "Vector", "at": 1790000000000}"#
        let record = #"{"id": "\#(id)", "kind": \#(kind), "version": \#(version ?? #"{"\#(device)": 1}"#), "fields": \#(fields ?? #"{"topic": [\#(entry)]}"#)}"#
        return #"{"protocol": 1, "device": "\#(device)", "records": \#(records ?? "[\(record)]")}"#
    }

    static func push(_ category: String, _ name: String, _ answers: HostileCase.Answer..., json: String) -> HostileCase {
        let body = Array(json.utf8)
        return HostileCase(name: name, category: category, request: { pushBytes($0, body: body) }, answers: answers)
    }

    /// `json` with the first `marker` replaced by raw bytes (for bytes a Swift string cannot hold).
    static func spliced(_ json: String, _ marker: String, _ bytes: [UInt8]) -> [UInt8] {
        let parts = json.components(separatedBy: marker)
        return Array(parts[0].utf8) + bytes + Array(parts.dropFirst().joined(separator: marker).utf8)
    }

    static let pushAuthentication: [HostileCase] = {
        let c = "push authentication"
        let head = "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        let body = note()
        let length = "Content-Length: \(body.utf8.count)\r\n"
        return [
            raw(c, "no token", head + "FieldKit-Device: \(device)\r\n" + length + "\r\n" + body, .status(401, "missing_token")),
            raw(c, "malformed token", head + "Authorization: Bearer fk_nope\r\nFieldKit-Device: \(device)\r\n" + length + "\r\n" + body,
                .status(401, "invalid_token")),
            HostileCase(name: "no device header", category: c, request: {
                Array((head + "Authorization: Bearer \($0.token)\r\n" + length + "\r\n" + body).utf8)
            }, answers: [.status(400, "missing_device")]),
            HostileCase(name: "invalid device header", category: c, request: {
                Array((head + "Authorization: Bearer \($0.token)\r\nFieldKit-Device: UPPER CASE\r\n" + length + "\r\n" + body).utf8)
            }, answers: [.status(400, "invalid_device")]),
            push(c, "body names another device", .status(403, "device_mismatch"),
                 json: note().replacingOccurrences(of: #""device": "\#(device)", "records""#, with: #""device": "someone-else", "records""#)),
            push(c, "protocol 2", .status(400, "protocol_mismatch"), json: note().replacingOccurrences(of: #""protocol": 1"#, with: #""protocol": 2"#)),
            push(c, "forged counter of another device", .status(422, "forged_counter"),
                 json: note(id: "hostile-forged", version: #"{"\#(device)": 1, "someone-else": 5}"#)),
        ]
    }()

    static let pushSyntax: [HostileCase] = {
        let c = "push JSON syntax"
        return [
            push(c, "arrays nested 100,000 deep", .invalidPush) {
                Array(repeating: UInt8(ascii: "["), count: 100_000) + Array(repeating: UInt8(ascii: "]"), count: 100_000)
            },
            push(c, "objects nested 100,000 deep", .invalidPush) {
                Array(String(repeating: #"{"a":"#, count: 100_000).utf8) + [UInt8(ascii: "1")] + Array(repeating: UInt8(ascii: "}"), count: 100_000)
            },
            push(c, "empty body", .invalidPush, json: ""),
            push(c, "only white space", .invalidPush, json: " \r\n\t "),
            push(c, "trailing garbage", .invalidPush, json: note() + " garbage"),
            push(c, "two documents", .invalidPush, json: note() + note()),
            push(c, "truncated", .invalidPush, json: String(note().dropLast(3))),
            push(c, "duplicate key at the top level", .invalidPush,
                 json: note().replacingOccurrences(of: #"{"protocol": 1,"#, with: #"{"protocol": 1, "protocol": 1,"#)),
            push(c, "duplicate key inside a record", .invalidPush, json: note().replacingOccurrences(of: #""kind": "note""#,
                                                                                                  with: #""kind": "note", "kind": "stand""#)),
            push(c, "invalid UTF-8 in a string", .invalidPush) { spliced(note(value: "\"park@ing\""), "@", [0xC3, 0x28]) },
            push(c, "overlong UTF-8 encoding of '/'", .invalidPush) { spliced(note(value: "\"park@ing\""), "@", [0xC0, 0xAF]) },
            push(c, "raw NUL byte in a string", .invalidPush) { spliced(note(value: "\"park@ing\""), "@", [0x00]) },
            push(c, "raw control character in a string", .invalidPush) { spliced(note(value: "\"park@ing\""), "@", [0x1F]) },
            push(c, "lone surrogate escape", .invalidPush, json: note(value: #""park\ud800ing""#)),
            push(c, "byte-order mark before the body", .invalidPush) { [0xEF, 0xBB, 0xBF] + Array(note().utf8) },
            // An escaped NUL is a valid JSON string (RFC 8259 §7) and a valid text value: stored and answered 200.
            // It is written back escaped (JSONWriter), so it never reaches the store or a client as a raw NUL.
            push(c, "escaped \\u0000 in a value (valid, accepted)", .ok, json: note(id: "hostile-escaped-nul", value: #""park\u0000ing""#)),
        ]
    }()
}
