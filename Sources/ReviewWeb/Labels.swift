import FieldCore

/// Every word the review pages show, for one language. `Labels+English` and `Labels+Dutch` fill it in;
/// pages never spell out text of their own, so a label missing in one language does not compile.
struct Labels: Sendable {
    // The frame of every page.
    let appName: String
    let navNotes: String
    let navFollowUps: String
    let navReport: String
    let signOut: String
    let signedInAs: @Sendable (String) -> String
    let none: String
    let yes: String
    let no: String
    let any: String

    // Signing in.
    let signInTitle: String
    let signInIntro: String
    let tokenLabel: String
    let signInButton: String
    let tokenInvalid: String
    let tokenRevoked: String
    let officerTokenTitle: String
    let officerTokenMessage: String

    // Errors.
    let forbiddenTitle: String
    let formRejected: String
    let notFoundTitle: String
    let noteNotFound: String
    let conflictTitle: String
    let noteChanged: String
    let errorTitle: String
    let errorMessage: String
    let backToNotes: String

    // The note list and its filters.
    let notesTitle: String
    let filtersTitle: String
    let search: String
    let from: String
    let to: String
    let hasConflict: String
    let applyFilters: String
    let clearFilters: String
    let noNotesMatch: String
    let notesShown: @Sendable (_ first: Int, _ last: Int, _ total: Int) -> String
    let previousPage: String
    let nextPage: String
    let dateNotUnderstood: @Sendable (String) -> String
    let date: String
    let inConflict: String
    let deleted: String

    // A note and its history.
    let noteTitle: @Sendable (String) -> String
    let fieldsTitle: String
    let historyTitle: String
    let mergedAt: String
    let source: String
    let writes: String
    let device: String
    let time: String
    let changedFields: String
    let conflictsWaiting: @Sendable (Int) -> String
    let settleConflicts: String
    /// A note's recorded time was ahead of its laptop's clock by this much when it was pushed.
    let recordedInFuture: @Sendable (AgePeriod) -> String
    /// A note's recorded time was this long before its laptop was enrolled.
    let recordedBeforeEnrollment: @Sendable (AgePeriod) -> String

    // Settling conflicts.
    let conflictsTitle: String
    let conflictsIntro: String
    let writtenBy: @Sendable (_ officer: String, _ device: String, _ time: String) -> String
    let newValue: String
    let newValueHint: String
    let saveResolution: String
    let noConflicts: String
    let pickAValue: String
    let valueNotValid: @Sendable (_ field: String) -> String
    let notResolvableHere: String

    // Consent: who recorded it and when (ConsentRecord).
    let consentGiven: @Sendable (_ officer: String, _ time: String) -> String
    let consentWithdrawn: @Sendable (_ officer: String, _ time: String) -> String
    let consentClearedByDelete: @Sendable (_ officer: String, _ time: String) -> String
    let consentNotGiven: String
    let consentNeedsContact: String

    // The follow-up board.
    let followUpsTitle: String
    let columnOpen: String
    let columnOverdue: String
    let columnDone: String
    let owner: String
    let due: String
    let unassigned: String
    let save: String
    let markDone: String
    let reopen: String
    let noCards: String
    let firstOfMany: @Sendable (_ shown: Int, _ total: Int) -> String

    // The report.
    let reportTitle: String
    let weeklyChartTitle: String
    let weeklyChartDescription: @Sendable (_ weeks: Int, _ neighbourhoods: Int) -> String
    let topicChartTitle: String
    let topicChartDescription: @Sendable (String) -> String
    let barTitle: @Sendable (_ group: String, _ series: String, _ notes: Int) -> String
    let moreTopics: @Sendable (Int) -> String
    let weekOf: String
    let total: String
    let byNeighbourhood: String
    let byTopic: String
    let byWeek: String
    let notes: String
    let openFollowUps: String
    let overdueFollowUps: String

    // Values.
    let fieldNames: [NoteField: String]
    let moods: [Mood: String]
    let statuses: [FollowUpStatus: String]

    /// A grouping key as shown: an empty one (a note without a neighbourhood) as "—".
    func shown(_ key: String) -> String {
        key.isEmpty ? none : key
    }

    func name(of field: String) -> String {
        NoteField(rawValue: field).flatMap { fieldNames[$0] } ?? field
    }

    func name(of field: NoteField) -> String {
        fieldNames[field] ?? field.rawValue
    }
}
