import FieldCore

/// The CSV export of notes: one row per note under a header of stable column names.
///
/// Times are ISO 8601 UTC, lists (tags, fields in conflict) are joined with "; ", yes/no values
/// are `true`/`false`, and an absent value is an empty cell. Columns may be added at the end,
/// never renamed or removed: spreadsheets and scripts refer to them.
enum ReviewCSV {
    static let columns = [
        "id", "recorded_at", "neighbourhood", "location", "officer", "topic", "summary", "tags", "mood",
        "follow_up", "follow_up_status", "follow_up_owner", "follow_up_due", "participants", "contact", "consent",
        "deleted", "conflicts",
    ]

    static func document(_ records: [Record]) -> String {
        var writer = CSVWriter(header: columns)
        for record in records { writer.add(row(Note(record: record))) }
        return writer.text
    }

    static func row(_ note: Note) -> [String] {
        [
            note.id, note.recordedAt.iso8601, note.neighbourhood, note.location, note.officer, note.topic, note.summary,
            note.tags.joined(separator: "; "), note.mood?.rawValue ?? "", note.followUp ?? "",
            note.followUpStatus?.rawValue ?? "", note.followUpOwner ?? "", note.followUpDue?.iso8601 ?? "",
            String(note.participants), note.contact ?? "", String(note.consent), String(note.isDeleted),
            note.conflictedFields.joined(separator: "; "),
        ]
    }
}
