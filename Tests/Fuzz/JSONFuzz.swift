import FieldCore

/// libFuzzer entry point for the JSON codec alone (Sources/FieldCore/JSON): parse, then write and parse again.
///
/// Whatever parses must write as canonical JSON that parses back to the same value (after the one
/// documented normalisation, see `JSONInvariants.normalized`), and the nesting depth the parser
/// counted must be exactly what its limit allows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parsed: JSONValue
    do {
        parsed = try JSONParser.parse(bytes)
    } catch {
        FuzzCheck.require((0...size).contains(error.offset), "error offset \(error.offset) outside \(size) bytes")
        JSONInvariants.checkSameOutcome(bytes, error: error)
        return 0
    }
    JSONInvariants.checkSameOutcome(bytes, value: parsed)
    JSONInvariants.checkRoundTrip(parsed)
    JSONInvariants.checkDepthLimit(parsed)
    return 0
}
