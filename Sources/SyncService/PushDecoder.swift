import FieldCore
import Foundation
import HTTPKit

/// Decodes and checks the shape of a push body before anything touches the store.
enum PushDecoder {
    /// Just the version, read first so a newer client gets `protocol_mismatch` even when the
    /// rest of its message has a shape this server does not know.
    private struct Envelope: Decodable {
        let version: Int?

        enum CodingKeys: String, CodingKey {
            case version = "protocol"
        }
    }

    static func decode(_ body: [UInt8]) throws -> PushRequest {
        if let version = (try? JSONDecoder().decode(Envelope.self, from: Data(body)))?.version, version != SyncProtocol.version {
            throw mismatch(version)
        }
        let message: PushRequest
        do {
            message = try JSONDecoder().decode(PushRequest.self, from: Data(body))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, code: "invalid_push", message: "the body is not a valid push message (\(describe(error)))")
        } catch {
            throw HTTPError(.badRequest, code: "invalid_push", message: "the body is not valid JSON")
        }
        guard message.protocolVersion == SyncProtocol.version else { throw mismatch(message.protocolVersion) }
        guard message.records.count <= SyncProtocol.maximumPushRecords else {
            throw HTTPError(.payloadTooLarge, code: "too_many_records",
                            message: "a push may carry at most \(SyncProtocol.maximumPushRecords) records; split the batch")
        }
        return message
    }

    static func mismatch(_ version: Int) -> HTTPError {
        HTTPError(.badRequest, code: "protocol_mismatch",
                  message: "the client speaks protocol \(version); this server speaks protocol \(SyncProtocol.version)")
    }

    /// Where decoding failed, as a JSON path, without quoting any value (it may be personal data).
    static func describe(_ error: DecodingError) -> String {
        let (context, what): (DecodingError.Context, String) = switch error {
        case .typeMismatch(_, let context): (context, "wrong type")
        case .valueNotFound(_, let context): (context, "missing value")
        case .keyNotFound(let key, let context): (context, "missing key '\(key.stringValue)'")
        case .dataCorrupted(let context): (context, context.codingPath.isEmpty ? "not valid JSON" : "invalid value")
        @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "invalid")
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? what : "\(what) at \(path)"
    }
}
