import FieldCore

/// What must hold for every document `JSONParser` accepts or refuses.
enum JSONInvariants {
    /// Writing is canonical and lossless up to `normalized`, and canonical bytes are a fixed point.
    static func checkRoundTrip(_ value: JSONValue) {
        let canonical = JSONWriter.write(value)
        guard let again = try? JSONParser.parse(canonical) else {
            FuzzCheck.require(false, "canonical output of a parsed value does not parse")
            return
        }
        FuzzCheck.require(again == normalized(value), "value changed in a round trip")
        FuzzCheck.require(JSONWriter.write(again) == canonical, "canonical bytes are not a fixed point")
    }

    /// A document nested `depth` levels parses with a limit of `depth` and fails with one less.
    static func checkDepthLimit(_ value: JSONValue) {
        let depth = depth(of: value)
        let canonical = JSONWriter.write(value)
        FuzzCheck.require((try? JSONParser.parse(canonical, maximumDepth: depth)) != nil, "refused at its own depth \(depth)")
        guard depth > 0 else { return }
        do {
            _ = try JSONParser.parse(canonical, maximumDepth: depth - 1)
            FuzzCheck.require(false, "accepted depth \(depth) with limit \(depth - 1)")
        } catch {
            FuzzCheck.require(error.reason == .tooDeep, "depth limit reported as \(error.reason)")
        }
    }

    /// The raw-buffer entry point (used on request bodies) agrees with the array one.
    static func checkSameOutcome(_ bytes: [UInt8], value: JSONValue? = nil, error: JSONParseError? = nil) {
        let outcome = bytes.withUnsafeBytes { raw in Result { () throws(JSONParseError) in try JSONParser.parse(raw) } }
        switch outcome {
        case .success(let other): FuzzCheck.require(other == value, "raw-buffer parse gave another value")
        case .failure(let other): FuzzCheck.require(other == error, "raw-buffer parse gave another error")
        }
    }

    /// `value` as it reads back after writing: `JSONWriter` writes an integral `.number` within ±2^53
    /// as plain digits, which parse as `.integer` (documented in `JSONWriter`).
    static func normalized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let number) where number.rounded(.towardZero) == number && number.magnitude <= 9_007_199_254_740_992:
            return .integer(Int64(number))
        case .array(let items):
            return .array(items.map(normalized))
        case .object(let members):
            return .object(members.mapValues(normalized))
        default:
            return value
        }
    }

    /// Nesting levels of arrays and objects; a scalar is level 0, as `JSONParser` counts.
    static func depth(of value: JSONValue) -> Int {
        switch value {
        case .array(let items): return 1 + (items.map(depth(of:)).max() ?? 0)
        case .object(let members): return 1 + (members.values.map(depth(of:)).max() ?? 0)
        default: return 0
        }
    }
}
