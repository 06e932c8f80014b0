import ArgumentKit
import FieldCore

/// How the review commands show notes in a terminal: tables with one line per note, times in UTC.
enum ReviewText {
    /// `review list`: when, where, what, the follow-up and its owner, flags, and the summary cut short.
    static func notes(_ records: [Record], now: Timestamp) -> String {
        var table = TextTable(headers: [
            "ID", "RECORDED (UTC)", "NEIGHBOURHOOD", "TOPIC", "MOOD", "FOLLOW-UP", "OWNER", "FLAGS", "SUMMARY",
        ])
        table.maximumCellWidth = 40
        for note in records.map(Note.init(record:)) {
            table.add([
                String(note.id.prefix(8)), UTCTime.format(note.recordedAt), note.neighbourhood, note.topic,
                note.mood?.rawValue ?? "", note.followUpStatus?.rawValue ?? "", note.followUpOwner ?? "",
                flags(note, now: now), note.summary,
            ])
        }
        return table.render()
    }

    /// `review followups`: whose each follow-up is, by when, and what was promised.
    static func followUps(_ records: [Record], now: Timestamp) -> String {
        var table = TextTable(headers: ["ID", "NEIGHBOURHOOD", "TOPIC", "STATUS", "OWNER", "DUE", "FLAGS", "FOLLOW-UP"])
        for note in records.map(Note.init(record:)) {
            table.add([
                String(note.id.prefix(8)), note.neighbourhood, note.topic, note.followUpStatus?.rawValue ?? "",
                note.followUpOwner ?? "(unassigned)", note.followUpDue.map(UTCTime.day) ?? "", flags(note, now: now),
                note.followUp ?? "",
            ])
        }
        return table.render()
    }

    /// `conflict,deleted,overdue`: what needs a coordinator's eye. An erased note says `erased`
    /// (whole) or `contact-erased`, not `deleted`.
    static func flags(_ note: Note, now: Timestamp) -> String {
        var flags: [String] = []
        if !note.conflictedFields.isEmpty { flags.append("conflict") }
        if let erasure = note.erasure { flags.append(erasure.level == .note ? "erased" : "contact-erased") }
        if note.isDeleted && note.erasure?.level != .note { flags.append("deleted") }
        if isOverdue(note, now: now) { flags.append("overdue") }
        return flags.joined(separator: ",")
    }

    /// Open and due before now: the report's definition of overdue.
    static func isOverdue(_ note: Note, now: Timestamp) -> Bool {
        guard note.followUpStatus == .open, let due = note.followUpDue else { return false }
        return due < now
    }
}
