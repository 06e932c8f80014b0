import FieldStore

/// Error codes for refused pushes, as SyncProtocol.md lists them.
extension PushRejection {
    var code: String {
        switch self {
        case .invalidRecord: return "invalid_record"
        case .forgedCounter: return "forged_counter"
        case .tamperedWrite: return "tampered_write"
        case .kindMismatch: return "kind_mismatch"
        case .duplicateRecord: return "duplicate_record"
        case .missingWrite: return "missing_write"
        case .erasureRefused: return "erasure_refused"
        }
    }

    /// What the log records: the code and the record id, never field values.
    var logReason: String {
        "\(code) record=\(recordID)"
    }
}
