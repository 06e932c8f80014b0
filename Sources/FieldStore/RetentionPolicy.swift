import FieldCore

/// How long the central store keeps notes' contact details and notes themselves; nil means kept.
///
/// Ages are counted from a note's `recorded_at`. A note older than `contact` loses its contact
/// details (contact and consent); a note older than `notes` becomes an erased tombstone.
public struct RetentionPolicy: Sendable, Equatable {
    /// Milliseconds a note keeps its contact details; nil when that retention is off.
    public var contact: Int64?
    /// Milliseconds a note is kept; nil when that retention is off.
    public var notes: Int64?

    public init(contact: Int64? = nil, notes: Int64? = nil) {
        self.contact = contact
        self.notes = notes
    }

    /// Whether the policy erases nothing at all.
    public var isOff: Bool { contact == nil && notes == nil }

    /// Notes recorded before this time have passed the contact retention; nil when it is off.
    public func contactCutoff(at now: Timestamp) -> Timestamp? {
        contact.map { now.adding(milliseconds: -$0) }
    }

    /// Notes recorded before this time have passed the note retention; nil when it is off.
    public func notesCutoff(at now: Timestamp) -> Timestamp? {
        notes.map { now.adding(milliseconds: -$0) }
    }
}
