/// Pushes that are valid JSON but not a valid push: numbers out of range and values of the wrong type.
extension HostileCatalogue {
    static let pushNumbers: [HostileCase] = {
        let c = "push numbers"
        let version = { (counter: String) in #"{"\#(device)": \#(counter)}"# }
        return [
            push(c, "version counter 2^64", .invalidPush, json: note(version: version("18446744073709551616"))),
            push(c, "version counter 2^53", .invalidPush, json: note(version: version("9007199254740992"))),
            push(c, "version counter -1", .invalidPush, json: note(version: version("-1"))),
            push(c, "version counter 1.5", .invalidPush, json: note(version: version("1.5"))),
            push(c, "version counter 1e0", .invalidPush, json: note(version: version("1e0"))),
            push(c, "version counter \"1\"", .invalidPush, json: note(version: version("\"1\""))),
            push(c, "entry counter 2^64", .invalidPush, json: note(counter: "18446744073709551616")),
            push(c, "entry counter 0", .invalidPush, json: note(counter: "0")),
            push(c, "entry counter -1", .invalidPush, json: note(counter: "-1")),
            push(c, "entry counter 1.5", .invalidPush, json: note(counter: "1.5")),
            push(c, "protocol 2^64", .invalidPush, json: note().replacingOccurrences(of: #""protocol": 1"#, with: #""protocol": 18446744073709551616"#)),
            push(c, "number 1e400", .invalidPush, json: note(value: "1e400")),
            push(c, "number with a leading zero", .invalidPush, json: note(value: "01")),
        ]
    }()

    static let pushTypes: [HostileCase] = {
        let c = "push types"
        return [
            push(c, "body is null", .invalidPush, json: "null"),
            push(c, "body is an array", .invalidPush, json: "[]"),
            push(c, "empty object", .invalidPush, json: "{}"),
            push(c, "records as an object", .invalidPush, json: note(records: "{}")),
            push(c, "record as a string", .invalidPush, json: note(records: #"["hostile-note"]"#)),
            push(c, "fields as an array", .invalidPush, json: note(fields: "[]")),
            push(c, "field register as an object", .invalidPush, json: note(fields: #"{"topic": {}}"#)),
            push(c, "value as an object", .invalidPush, json: note(value: #"{"text": "parking"}"#)),
            push(c, "value as an array of numbers", .invalidPush, json: note(value: "[1, 2]")),
            push(c, "kind unknown", .invalidPush, json: note(kind: "\"weather\"")),
            push(c, "kind as a number", .invalidPush, json: note(kind: "1")),
            push(c, "id as a number", .invalidPush, json: note().replacingOccurrences(of: #""id": "hostile-note""#, with: #""id": 7"#)),
            push(c, "protocol as a string", .invalidPush, json: note().replacingOccurrences(of: #""protocol": 1"#, with: #""protocol": "1""#)),
            push(c, "device missing", .invalidPush, json: note().replacingOccurrences(of: #""device": "\#(device)", "records""#, with: #""records""#)),
            push(c, "invalid record id", .status(422, "invalid_record"), json: note(id: "Not A Valid Id")),
        ]
    }()
}
