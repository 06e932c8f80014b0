/// The notes one retention run has to erase, found before any is erased.
///
/// A note past both retentions is only in `notes`: erasing it whole erases its contact as well.
public struct RetentionPlan: Sendable, Equatable {
    /// Notes past the note retention and not yet erased whole, oldest first.
    public let notes: [String]
    /// Notes past the contact retention (and not in `notes`) that still hold a contact, oldest first.
    public let contacts: [String]
}
