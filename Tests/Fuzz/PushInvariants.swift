import FieldCore
import HTTPKit

/// What must hold for every push body, accepted or refused (SyncProtocol.md §5).
enum PushInvariants {
    /// A refused body is a client error with a stable code, never an unexpected error type (which would be a 500).
    static func checkRefusal(_ error: any Error) {
        guard let refusal = error as? HTTPError else {
            FuzzCheck.require(false, "push refused with \(type(of: error)) instead of HTTPError")
            return
        }
        let expected: Set = ["invalid_push", "protocol_mismatch", "too_many_records"]
        FuzzCheck.require(expected.contains(refusal.code), "push refused with code \(refusal.code)")
        FuzzCheck.require(refusal.status == .badRequest || refusal.status == .payloadTooLarge,
                          "push refused with status \(refusal.status.code)")
    }

    /// An accepted message is one this server speaks and may store.
    static func checkAccepted(_ message: PushRequest) {
        FuzzCheck.require(message.protocolVersion == SyncProtocol.version, "accepted protocol \(message.protocolVersion)")
        FuzzCheck.require(message.records.count <= SyncProtocol.maximumPushRecords, "accepted \(message.records.count) records")
        FuzzCheck.require(DeviceID.isValid(message.device.rawValue), "accepted an invalid device id")
    }

    /// The canonical reader either declines a body or reads exactly what the general parser reads.
    static func checkFastPathAgrees(_ body: [UInt8]) {
        guard let fast = PushRequest(canonical: body) else { return }
        let general = try? PushRequest(wire: try JSONParser.parse(body, maximumDepth: PushDecoder.maximumDepth))
        FuzzCheck.require(fast == general, "the canonical reader and the general parser disagree")
    }

    /// Re-encoding an accepted message gives a body that decodes to the same message, and the
    /// canonical bytes are a fixed point: encoding the decoded copy gives the same bytes again.
    static func checkRoundTrip(_ message: PushRequest) {
        let canonical = JSONWriter.write(message.wireValue)
        guard let again = try? PushDecoder.decode(canonical) else {
            FuzzCheck.require(false, "the canonical encoding of an accepted push is refused")
            return
        }
        FuzzCheck.require(again == message, "push changed in a round trip through its canonical encoding")
        FuzzCheck.require(JSONWriter.write(again.wireValue) == canonical, "canonical push bytes are not a fixed point")
    }
}
