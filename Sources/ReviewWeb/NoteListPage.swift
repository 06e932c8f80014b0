import FieldCore

/// The note list: filters, how many match, one page of notes, and links to the pages around it.
struct NoteListPage {
    let context: ReviewContext
    let query: NoteListQuery
    let form: NoteFilterForm
    let notes: [Note]
    let total: Int
    let unreadDates: [String]
    let now: Timestamp

    var page: HTMLPage {
        let labels = context.labels
        let notices = unreadDates.map { "<p class=\"notice\">\(labels.dateNotUnderstood($0))</p>" as HTML }
        let list: HTML = notes.isEmpty ? "<p class=\"panel\">\(labels.noNotesMatch)</p>" : table
        return context.page(labels.notesTitle, .notes, "\(notices)\(form.html)\(pager)\(list)\(notes.isEmpty ? .empty : pager)")
    }

    private var pager: HTML {
        let labels = context.labels
        guard total > 0 else { return .empty }
        let first = min(query.offset + 1, total), last = min(query.offset + NoteListQuery.pageSize, total)
        let previous: HTML = query.page > 1 ? "<a rel=\"prev\" href=\"\(query.link(page: query.page - 1))\">\(labels.previousPage)</a>" : "<span></span>"
        let next: HTML = query.offset + NoteListQuery.pageSize < total
            ? "<a rel=\"next\" href=\"\(query.link(page: query.page + 1))\">\(labels.nextPage)</a>" : "<span></span>"
        return "<nav class=\"pager\" aria-label=\"\(labels.notesTitle)\">\(previous)<span>\(labels.notesShown(first, last, total))</span>\(next)</nav>"
    }

    private var table: HTML {
        let labels = context.labels
        let headings = [labels.date, labels.name(of: .neighbourhood), labels.name(of: .officer), labels.name(of: .topic),
                        labels.name(of: .summary), labels.name(of: .mood), labels.name(of: .followUpStatus)]
        return """
        <div class="scroll"><table class="notes">
        <thead><tr>\(headings.map { "<th scope=\"col\">\($0)</th>" as HTML })</tr></thead>
        <tbody>\(notes.map(row))</tbody>
        </table></div>
        """
    }

    private func row(_ note: Note) -> HTML {
        let labels = context.labels
        let conflict: HTML = note.conflictedFields.isEmpty ? .empty : " <span class=\"badge conflict\">\(labels.inConflict)</span>"
        let summary = note.summary.isEmpty ? String(note.id.prefix(8)) : String(note.summary.prefix(160)) + (note.summary.count > 160 ? "…" : "")
        return """
        <tr><td class="nowrap" data-label="\(labels.date)">\(WebTime.moment(note.recordedAt))</td>\
        <td data-label="\(labels.name(of: .neighbourhood))">\(note.neighbourhood)</td>\
        <td data-label="\(labels.name(of: .officer))">\(note.officer)</td>\
        <td data-label="\(labels.name(of: .topic))">\(note.topic)</td>\
        <td data-label="\(labels.name(of: .summary))"><a href="\(ReviewPath.note(note.id))">\(summary)</a>\(conflict)</td>\
        <td data-label="\(labels.name(of: .mood))">\(Badges.mood(note.mood, labels))</td>\
        <td data-label="\(labels.name(of: .followUpStatus))">\(Badges.followUp(note, labels, now: now))</td></tr>
        """
    }
}
