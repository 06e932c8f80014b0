@testable import HTTPKit

/// libFuzzer entry point for the HTTP/1.1 request decoder (Sources/HTTPKit).
///
/// Built by .ci/fuzz together with the HTTPKit sources, so internal types are reachable. Each input
/// is decoded twice: as one read by one decoder, and in the reads `HTTPFuzzInput` describes with a
/// fresh decoder per request (as a connection does). Besides not crashing or looping, both must
/// yield the same requests and both fail or both wait: parsing may not depend on how TCP split the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let input = HTTPFuzzInput(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    let whole = HTTPDecodeTranscript(reads: [input.stream], limits: input.limits, freshDecoderPerRequest: false)
    let pieces = HTTPDecodeTranscript(reads: input.reads, limits: input.limits, freshDecoderPerRequest: true)
    FuzzCheck.require(pieces.requests == whole.requests,
                      "\(pieces.requests.count) requests from \(input.reads.count) reads, \(whole.requests.count) from one")
    FuzzCheck.require(pieces.ending.isFailure == whole.ending.isFailure,
                      "split reads ended \(pieces.ending), one read ended \(whole.ending)")
    return 0
}
