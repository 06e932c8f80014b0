import ArgumentKit
import FieldCore

/// How notes read in a terminal: one line in a list, a block in `show`, times in local time.
enum NoteText {
    /// `aaaa:2, bbbb:1`, devices sorted.
    static func version(_ version: VersionVector) -> String {
        NoteDetail.version(version)
    }

    static func table(_ notes: [Note]) -> String {
        var table = TextTable(headers: ["ID", "RECORDED", "NEIGHBOURHOOD", "TOPIC", "MOOD", "FOLLOW-UP", "SUMMARY"])
        for note in notes {
            let flags = Self.status(note) + (note.conflictedFields.isEmpty ? "" : " (conflict)")
            table.add([
                String(note.id.prefix(8)), LocalTime.format(note.recordedAt), note.neighbourhood, note.topic + flags,
                note.mood?.rawValue ?? "", note.followUpStatus?.rawValue ?? "", note.summary,
            ])
        }
        return table.render()
    }

    /// ` [erased (retention)]`, ` [erased on request]` or ` (deleted)` after the topic: an erased
    /// note is no ordinary delete, and the list says so.
    static func status(_ note: Note) -> String {
        if let erasure = note.erasure, erasure.level == .note { return " [\(erasure.label)]" }
        return note.isDeleted ? " (deleted)" : ""
    }

    /// Every field of a note, and each conflict with all its alternatives.
    static func detail(_ record: Record, standLabel: String?) -> String {
        NoteDetail.text(record, standLabel: standLabel, time: LocalTime.format)
    }
}
