import FieldCore

/// The follow-ups in three columns: open, overdue (open and past their due date) and done.
struct FollowUpBoard: Sendable {
    /// How many cards a column shows at most; the column says how many there are in all.
    static let columnLimit = 200

    struct Column: Sendable {
        let notes: [Note]
        let total: Int
    }

    let open: Column
    let overdue: Column
    let done: Column
    /// Enrolled officers, for the owner select.
    let officers: [String]

    /// Splits the open notes at `now`; soonest due first, those without a due date last.
    init(open: [Note], openTotal: Int, done: [Note], doneTotal: Int, officers: [String], now: Timestamp) {
        let byDue = open.sorted { ($0.followUpDue ?? .init(milliseconds: .max)) < ($1.followUpDue ?? .init(milliseconds: .max)) }
        let late = byDue.filter { note in note.followUpDue.map { $0 < now } ?? false }
        self.overdue = Column(notes: late, total: late.count)
        self.open = Column(notes: byDue.filter { note in !late.contains { $0.id == note.id } }, total: openTotal - late.count)
        self.done = Column(notes: done, total: doneTotal)
        self.officers = officers
    }
}
