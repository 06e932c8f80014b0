import FieldCore

/// Why the central store refused a whole push batch. Nothing of a refused batch is stored.
public enum PushRejection: Error, Equatable, CustomStringConvertible {
    /// A record failed structural validation.
    case invalidRecord(id: String, reason: String)
    /// A record claims writes by another device that the server has never seen: a forged counter.
    case forgedCounter(id: String, device: DeviceID, claimed: UInt64, seen: UInt64)
    /// A record carries a write (any device's dot) with content that differs from what the server holds.
    case tamperedWrite(id: String, dot: Dot)
    /// A record's kind differs from the stored record with the same id.
    case kindMismatch(id: String)
    /// The same record id appears twice in one batch.
    case duplicateRecord(id: String)
    /// A record leaves out a value the server holds without the newer write that replaced it.
    case missingWrite(id: String, field: String)
    /// A record carries an erasure (field `erased`) written by the pushing device itself: only
    /// coordinators erase, on the server (ErasureRule).
    case erasureRefused(id: String, device: DeviceID)

    public var recordID: String {
        switch self {
        case .invalidRecord(let id, _), .forgedCounter(let id, _, _, _), .tamperedWrite(let id, _),
             .kindMismatch(let id), .duplicateRecord(let id), .missingWrite(let id, _), .erasureRefused(let id, _):
            return id
        }
    }

    public var description: String {
        switch self {
        case .invalidRecord(let id, let reason):
            return "record \(id) is invalid: \(reason)"
        case .forgedCounter(let id, let device, let claimed, let seen):
            return "record \(id) claims write \(claimed) by device \(device), but the server has seen only \(seen); a push may advance only the pushing device's own counter"
        case .tamperedWrite(let id, let dot):
            return "record \(id) carries write \(dot) with content that differs from the server's copy (a device must never reuse a counter: a restored laptop needs a new device id)"
        case .kindMismatch(let id):
            return "record \(id) changes kind; a note cannot become a stand or the other way round"
        case .duplicateRecord(let id):
            return "record \(id) appears twice in one push"
        case .missingWrite(let id, let field):
            return "record \(id) drops values of \(field) without the newer write that replaced them"
        case .erasureRefused(let id, let device):
            return "record \(id) carries an erasure written by device \(device); only the server erases, for a coordinator or the retention policy"
        }
    }
}
