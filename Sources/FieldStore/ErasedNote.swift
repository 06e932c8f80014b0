import FieldCore

/// What an erasure on request did to one note.
public struct ErasedNote: Sendable, Equatable {
    public let id: String
    /// The level asked for.
    public let level: ErasureLevel
    /// False when the note was already erased at that level or beyond, so nothing was written.
    public let changed: Bool
}
