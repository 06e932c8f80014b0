/// What an audit entry records someone doing. Stored as its `rawValue`.
///
/// A struct rather than an enum so that an entry written by a newer FieldKit, with an action this
/// one does not know, still reads back, verifies and lists. The known actions:
///
/// | action | recorded when | record ids |
/// |---|---|---|
/// | `push` | a device's push is stored (in the same transaction) | the records pushed |
/// | `pull` | a pull served records (a pull that served none discloses nothing and is not recorded) | the records served |
/// | `view` | a coordinator opens one note (web note page, its conflict form, `review show`) | the note |
/// | `export` | `review export` writes notes out (recorded before anything is written) | the notes exported |
/// | `resolve` | a coordinator settles conflicted fields (web or `review resolve`) | the note |
/// | `assign` | a coordinator sets a follow-up's owner or due date, or reopens it | the note |
/// | `done` | a coordinator marks a follow-up done | the note |
/// | `erase` | personal data is erased on request | the records erased |
/// | `retention` | a retention run removes or anonymises old records | the records affected |
/// | `subject_access` | a resident's data is looked up and handed over on request | the records handed over |
public struct AuditAction: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let push = AuditAction(rawValue: "push")
    public static let pull = AuditAction(rawValue: "pull")
    public static let view = AuditAction(rawValue: "view")
    public static let export = AuditAction(rawValue: "export")
    public static let resolve = AuditAction(rawValue: "resolve")
    public static let assign = AuditAction(rawValue: "assign")
    public static let done = AuditAction(rawValue: "done")
    public static let erase = AuditAction(rawValue: "erase")
    public static let retention = AuditAction(rawValue: "retention")
    public static let subjectAccess = AuditAction(rawValue: "subject_access")

    /// Every action this version writes, in the order of the table above (for help texts and checks).
    public static let known: [AuditAction] = [.push, .pull, .view, .export, .resolve, .assign, .done, .erase, .retention, .subjectAccess]

    public var description: String { rawValue }
}
