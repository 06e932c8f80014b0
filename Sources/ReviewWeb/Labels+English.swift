/// The review pages in English, the default.
extension Labels {
    static let english = Labels(
        appName: "FieldKit review",
        navNotes: "Notes", navFollowUps: "Follow-ups", navReport: "Report", signOut: "Sign out",
        signedInAs: { "Signed in as \($0)" },
        none: "—", yes: "yes", no: "no", any: "any",

        signInTitle: "Sign in",
        signInIntro: "Sign in with your coordinator token. Your admin gives you one with 'fieldkit-server enroll --role coordinator'.",
        tokenLabel: "Coordinator token", signInButton: "Sign in",
        tokenInvalid: "This token is not valid. Check that you copied all of it.",
        tokenRevoked: "This token has been revoked. Ask your admin for a new one.",
        officerTokenTitle: "Coordinators only",
        officerTokenMessage: "This is an officer's token: it lets a laptop sync, but not review notes. Sign in with a coordinator token, or ask your admin for one.",

        forbiddenTitle: "Not allowed",
        formRejected: "This form could not be accepted: it has expired or was not sent from these pages. Go back, reload the page and try again.",
        notFoundTitle: "Not found", noteNotFound: "There is no note with this id.",
        conflictTitle: "Already changed",
        noteChanged: "Someone changed this note in the meantime, or it was deleted. Reload it to see its current state.",
        errorTitle: "Something went wrong",
        errorMessage: "The server could not do this. Nothing was changed; try again shortly.",
        backToNotes: "Back to the notes",

        notesTitle: "Notes", filtersTitle: "Filters", search: "Search", from: "From", to: "To",
        hasConflict: "Has a conflict", applyFilters: "Show notes", clearFilters: "Clear filters",
        noNotesMatch: "No notes match these filters.",
        notesShown: { first, last, total in "Notes \(first)–\(last) of \(total)" },
        previousPage: "← Previous", nextPage: "Next →",
        dateNotUnderstood: { "The date “\($0)” was not understood and is ignored; use YYYY-MM-DD." },
        date: "Date", inConflict: "conflict", deleted: "deleted",

        noteTitle: { "Note: \($0)" },
        fieldsTitle: "Fields", historyTitle: "Version history", mergedAt: "Merged at", source: "Source",
        writes: "Writes", device: "Device", time: "Time", changedFields: "Fields",
        conflictsWaiting: { $0 == 1 ? "1 field is in conflict." : "\($0) fields are in conflict." },
        settleConflicts: "Settle the conflicts",

        conflictsTitle: "Settle conflicts",
        conflictsIntro: "Two people changed the same field. Pick the value to keep, or write a new one. Your choice syncs back to every officer.",
        writtenBy: { officer, device, time in "by \(officer) on \(device), \(time)" },
        newValue: "A new value:", newValueHint: "Tags: separated by commas. Dates: YYYY-MM-DD.",
        saveResolution: "Save",
        noConflicts: "This note has no conflicts left.",
        pickAValue: "Pick a value for at least one field.",
        valueNotValid: { "That is not a valid value for “\($0)”." },
        notResolvableHere: "This field is not known to this server version and cannot be settled here.",

        followUpsTitle: "Follow-ups", columnOpen: "Open", columnOverdue: "Overdue", columnDone: "Done",
        owner: "Owner", due: "Due", unassigned: "unassigned", save: "Save", markDone: "Mark done", reopen: "Reopen",
        noCards: "Nothing here.",
        firstOfMany: { shown, total in "Showing the first \(shown) of \(total)." },

        reportTitle: "Report",
        weeklyChartTitle: "Notes per week per neighbourhood",
        weeklyChartDescription: { weeks, places in "Stacked bars: notes in each of \(weeks) weeks, split over \(places) neighbourhoods." },
        topicChartTitle: "Topics per neighbourhood",
        topicChartDescription: { "Bars: notes per topic in \($0)." },
        barTitle: { group, series, notes in "\(group), \(series): \(notes) notes" },
        moreTopics: { $0 == 1 ? "and 1 more topic" : "and \($0) more topics" },
        weekOf: "Week of", total: "Total", byNeighbourhood: "By neighbourhood", byTopic: "By topic", byWeek: "By week",
        notes: "Notes", openFollowUps: "Open follow-ups", overdueFollowUps: "Overdue",

        fieldNames: [
            .standID: "Stand", .neighbourhood: "Neighbourhood", .location: "Location", .recordedAt: "Recorded at",
            .officer: "Officer", .topic: "Topic", .summary: "Summary", .tags: "Tags", .mood: "Mood",
            .followUp: "Follow-up", .followUpStatus: "Follow-up status", .followUpOwner: "Follow-up owner",
            .followUpDue: "Follow-up due", .contact: "Contact", .consent: "Consent", .participants: "Participants",
            .deleted: "Deleted",
        ],
        moods: [.positive: "positive", .neutral: "neutral", .concerned: "concerned"],
        statuses: [.open: "open", .done: "done"])
}
