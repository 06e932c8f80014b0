import Foundation

/// A note as a block of labelled lines for people: every field, the follow-up's owner and due
/// date, who recorded consent (or withdrew it) and when, and each conflict with all its alternatives.
///
/// Shared by `fieldkit show` and `fieldkit-server review show`, which differ only in how they
/// write times (the officer's local time, the server's UTC), so it takes the time format.
public enum NoteDetail {
    /// `aaaa:2, bbbb:1`, devices sorted.
    public static func version(_ version: VersionVector) -> String {
        version.sortedEntries.map { "\($0.device.rawValue):\($0.counter)" }.joined(separator: ", ")
    }

    /// `Note <id>` and one line per field; multi-line values stay aligned under their first line.
    public static func text(_ record: Record, standLabel: String?, time: (Timestamp) -> String) -> String {
        let note = Note(record: record)
        var lines = ["Note \(note.id)"]
        func add(_ label: String, _ value: String) {
            let indented = value.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n" + String(repeating: " ", count: 16))
            lines.append("  " + label.padding(toLength: 14, withPad: " ", startingAt: 0) + indented)
        }
        add("Recorded", time(note.recordedAt) + (note.officer.isEmpty ? "" : " by \(note.officer)"))
        add("Where", [note.neighbourhood, note.location].filter { !$0.isEmpty }.joined(separator: ", ")
            + (standLabel.map { " (stand \($0))" } ?? ""))
        add("Topic", note.topic)
        add("Mood", note.mood?.rawValue ?? "")
        if !note.tags.isEmpty { add("Tags", note.tags.joined(separator: ", ")) }
        add("Participants", String(note.participants))
        add("Summary", note.summary)
        if let followUp = note.followUp { add("Follow-up", "\(followUp) [\(note.followUpStatus?.rawValue ?? "open")]") }
        // Set by a coordinator on the server; they reach the officer with the next sync.
        if let owner = note.followUpOwner { add("Assigned to", owner) }
        if let due = note.followUpDue { add("Due", String(due.iso8601.prefix(10))) }
        if let contact = note.contact { add("Contact", contact) }
        if let consent = ConsentRecord(record: record), consent.decision != .notGiven || note.contact != nil {
            add("Consent", consent.sentence(time: time))
        }
        if let erasure = note.erasure, erasure.level == .contact { add("Contact", erasure.label) }
        add("Version", version(note.version))
        if let erasure = note.erasure, erasure.level == .note {
            add("Status", erasure.label)
        } else if note.isDeleted {
            add("Status", "deleted")
        }
        for field in note.conflictedFields {
            add("Conflict", "\(field): " + alternatives(record.fields[field]?.entries ?? [], time: time))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `"litter" (Alice, aaaa, 2026-09-05 15:12) | "noise" (Bram, bbbb, …)`
    public static func alternatives(_ entries: [FieldEntry], time: (Timestamp) -> String) -> String {
        entries.map { entry in
            "\(entry.value.displayText) (\(entry.mark.officer), \(entry.dot.device.rawValue), \(time(entry.mark.at)))"
        }.joined(separator: " | ")
    }
}
