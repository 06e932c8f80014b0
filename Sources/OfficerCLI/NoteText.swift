import ArgumentKit
import FieldCore

/// How notes read in a terminal: one line in a list, a block in `show`.
enum NoteText {
    /// `aaaa:2, bbbb:1`, devices sorted.
    static func version(_ version: VersionVector) -> String {
        version.sortedEntries.map { "\($0.device.rawValue):\($0.counter)" }.joined(separator: ", ")
    }

    static func table(_ notes: [Note]) -> String {
        var table = TextTable(headers: ["ID", "RECORDED", "NEIGHBOURHOOD", "TOPIC", "MOOD", "FOLLOW-UP", "SUMMARY"])
        for note in notes {
            let flags = (note.isDeleted ? " (deleted)" : "") + (note.conflictedFields.isEmpty ? "" : " (conflict)")
            table.add([
                String(note.id.prefix(8)), LocalTime.format(note.recordedAt), note.neighbourhood, note.topic + flags,
                note.mood?.rawValue ?? "", note.followUpStatus?.rawValue ?? "", note.summary,
            ])
        }
        return table.render()
    }

    /// Every field of a note, and each conflict with all its alternatives.
    static func detail(_ record: Record, standLabel: String?) -> String {
        let note = Note(record: record)
        var lines = ["Note \(note.id)"]
        func add(_ label: String, _ value: String) {
            let indented = value.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n" + String(repeating: " ", count: 16))
            lines.append("  " + label.padding(toLength: 14, withPad: " ", startingAt: 0) + indented)
        }
        add("Recorded", "\(LocalTime.format(note.recordedAt)) by \(note.officer)")
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
        if let contact = note.contact { add("Contact", "\(contact) (consent recorded)") }
        add("Version", version(note.version))
        if note.isDeleted { add("Status", "deleted") }
        for field in note.conflictedFields {
            add("Conflict", "\(field): " + alternatives(record.fields[field]?.entries ?? []))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `"litter" (Alice, aaaa, 2026-09-05 15:12) | "noise" (Bram, bbbb, …)`
    static func alternatives(_ entries: [FieldEntry]) -> String {
        entries.map { entry in
            "\(entry.value.displayText) (\(entry.mark.officer), \(entry.dot.device.rawValue), \(LocalTime.format(entry.mark.at)))"
        }.joined(separator: " | ")
    }
}
