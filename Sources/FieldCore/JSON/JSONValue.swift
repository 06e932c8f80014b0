/// One JSON value, as parsed by `JSONParser` and written by `JSONWriter`.
///
/// Numbers keep the distinction a device meant: a literal with no fraction and no exponent is an
/// `.integer`, so counters and millisecond timestamps survive exactly instead of passing through
/// `Double`. Everything else numeric is a finite `.number`.
///
/// Equality is structural, so `.integer(52)` and `.number(52.0)` are different values, although
/// `JSONWriter` writes both as `52` (see `JSONWriter` for why).
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A literal with no fraction and no exponent. `-0` parses as `.integer(0)`.
    /// Integer literals outside `Int64` are rejected by the parser (`numberOutOfRange`), never rounded.
    case integer(Int64)
    /// Any other number, e.g. `1.5`, `1e3`, `1.0`. Always finite when it comes from the parser.
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Keys are unique. Keys that Swift's `String` considers equal (canonically equivalent Unicode,
    /// e.g. "é" precomposed and decomposed) are one key, so the parser rejects both in one object.
    case object([String: JSONValue])
}
