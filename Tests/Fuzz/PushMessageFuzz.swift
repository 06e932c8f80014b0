import FieldCore
import HTTPKit

/// libFuzzer entry point for the push body: Sources/SyncService/PushDecoder.swift over the FieldCore
/// JSON parser and wire decoding, then the validation and merge the central store runs on each record.
///
/// PushDecoder needs only FieldCore and HTTPKit, so .ci/fuzz compiles it, unchanged, into this target;
/// the store itself (SQLite) is not involved. The input is the raw request body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPushMessage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    let message: PushRequest
    do {
        message = try PushDecoder.decode(body)
    } catch {
        PushInvariants.checkRefusal(error)
        return 0
    }
    PushInvariants.checkAccepted(message)
    PushInvariants.checkFastPathAgrees(body)
    PushInvariants.checkRoundTrip(message)
    for record in message.records {
        RecordInvariants.checkEncodings(record)
        RecordInvariants.checkSelfMerge(record)
    }
    RecordInvariants.checkPairs(message.records)
    return 0
}
