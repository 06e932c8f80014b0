import FieldCore

/// The follow-up board: a column per state, a card per note with a small form to assign it to an
/// officer, set a due date, and mark it done (or reopen it).
struct FollowUpBoardPage {
    let context: ReviewContext
    let board: FollowUpBoard

    var page: HTMLPage {
        let labels = context.labels
        let content: HTML = """
        <div class="board">\(column("open", labels.columnOpen, board.open))\
        \(column("overdue", labels.columnOverdue, board.overdue))\(column("done", labels.columnDone, board.done))</div>
        """
        return context.page(labels.followUpsTitle, .followUps, content)
    }

    private func column(_ id: String, _ title: String, _ column: FollowUpBoard.Column) -> HTML {
        let labels = context.labels
        let more: HTML = column.total > column.notes.count
            ? "<p class=\"muted\">\(labels.firstOfMany(column.notes.count, column.total))</p>" : .empty
        let cards: HTML = column.notes.isEmpty ? "<p class=\"muted\">\(labels.noCards)</p>" : "\(column.notes.map(card))"
        return """
        <section aria-labelledby="col-\(id)"><h2 id="col-\(id)">\(title) <span class="muted">(\(column.total))</span></h2>\
        \(more)\(cards)</section>
        """
    }

    private func card(_ note: Note) -> HTML {
        let labels = context.labels
        let owner = note.followUpOwner ?? labels.unassigned
        let due = note.followUpDue.map(WebTime.day) ?? labels.none
        return """
        <article class="card" id="n-\(note.id)">
        <p><a href="\(ReviewPath.note(note.id))">\(note.topic)</a> · \(note.neighbourhood)</p>
        <p>\(note.followUp ?? note.summary)</p>
        <p class="meta">\(labels.owner): \(owner) · \(labels.due): \(due)</p>
        \(form(note))
        </article>
        """
    }

    private func form(_ note: Note) -> HTML {
        let labels = context.labels
        let names = Array(Set(board.officers + [note.followUpOwner].compactMap { $0 })).sorted()
        let owners = [("", labels.unassigned)] + names.map { ($0, $0) }
        let isDone = note.followUpStatus == .done
        let finish: HTML = isDone
            ? "<button type=\"submit\" name=\"action\" value=\"reopen\" class=\"secondary\">\(labels.reopen)</button>"
            : "<button type=\"submit\" name=\"action\" value=\"done\" class=\"secondary\">\(labels.markDone)</button>"
        return """
        <form method="post" action="\(ReviewPath.followUp(note.id))">\(context.csrfField)
        \(FormControls.select("owner", label: labels.owner, value: note.followUpOwner ?? "", options: owners, id: "o-\(note.id)"))
        \(FormControls.input("due", label: labels.due, value: note.followUpDue.map(WebTime.day) ?? "", type: "date", id: "d-\(note.id)"))
        <div class="buttons"><button type="submit" name="action" value="save">\(labels.save)</button>\(finish)</div>
        </form>
        """
    }
}
