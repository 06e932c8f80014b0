import FieldCore
import HTTPKit

/// Decodes and checks the shape of a push body before anything touches the store.
enum PushDecoder {
    /// Deepest nesting a push needs is 6 (message, records, record, fields, register, entry, tags);
    /// a little room above that, and far below anything that could exhaust memory.
    static let maximumDepth = 16

    static func decode(_ body: [UInt8]) throws -> PushRequest {
        // FieldKit clients send the canonical layout, read without building a tree; any other
        // body (valid or not) takes the general parser below, which also explains what is wrong.
        let message = try PushRequest(canonical: body) ?? decodeGeneral(body)
        guard message.protocolVersion == SyncProtocol.version else { throw mismatch(message.protocolVersion) }
        guard message.records.count <= SyncProtocol.maximumPushRecords else {
            throw HTTPError(.payloadTooLarge, code: "too_many_records",
                            message: "a push may carry at most \(SyncProtocol.maximumPushRecords) records; split the batch")
        }
        return message
    }

    private static func decodeGeneral(_ body: [UInt8]) throws -> PushRequest {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body, maximumDepth: maximumDepth)
        } catch {
            throw HTTPError(.badRequest, code: "invalid_push", message: "the body is not valid JSON (\(error.description))")
        }
        // The version first, so a newer client hears `protocol_mismatch` whatever else it sends.
        if let version = value["protocol"]?.int64Value, version != Int64(SyncProtocol.version) {
            throw mismatch(Int(clamping: version))
        }
        let message: PushRequest
        do {
            message = try PushRequest(wire: value)
        } catch let error as WireDecodingError {
            throw HTTPError(.badRequest, code: "invalid_push", message: "the body is not a valid push message (\(error.description))")
        }
        return message
    }

    static func mismatch(_ version: Int) -> HTTPError {
        HTTPError(.badRequest, code: "protocol_mismatch",
                  message: "the client speaks protocol \(version); this server speaks protocol \(SyncProtocol.version)")
    }
}
