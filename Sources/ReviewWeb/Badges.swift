import FieldCore

/// Small coloured labels for moods and follow-up states.
enum Badges {
    static func mood(_ mood: Mood?, _ labels: Labels) -> HTML {
        guard let mood else { return HTML(text: labels.none) }
        return "<span class=\"badge \(mood.rawValue)\">\(labels.moods[mood] ?? mood.rawValue)</span>"
    }

    /// The follow-up's status; "overdue" instead of "open" when `now` is given and the due date has passed.
    static func followUp(_ note: Note, _ labels: Labels, now: Timestamp?) -> HTML {
        guard let status = note.followUpStatus else { return HTML(text: labels.none) }
        if status == .open, let now, let due = note.followUpDue, due < now {
            return "<span class=\"badge overdue\">\(labels.columnOverdue)</span>"
        }
        return "<span class=\"badge \(status.rawValue)\">\(labels.statuses[status] ?? status.rawValue)</span>"
    }
}
