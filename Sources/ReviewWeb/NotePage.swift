import FieldCore
import FieldStore

/// One note: every field (conflicted ones marked) and its version history.
struct NotePage {
    let context: ReviewContext
    let record: Record
    let history: [HistoryEntry]
    /// Why the note's recorded time looks wrong, if it does.
    var clockFlags: [ClockFlag] = []

    var page: HTMLPage {
        let labels = context.labels
        let note = Note(record: record)
        let content: HTML = """
        \(clockFlags.map(clockNotice))\(conflictNotice(note))
        <section class="panel" aria-labelledby="fields"><h2 id="fields">\(labels.fieldsTitle)</h2>
        <dl class="fields"><dt>id</dt><dd>\(record.id)</dd>\(fieldRows)</dl></section>
        \(HistorySection(history: history, labels: labels).html)
        """
        return context.page(labels.noteTitle(note.topic.isEmpty ? String(note.id.prefix(8)) : note.topic), .notes, content)
    }

    private func conflictNotice(_ note: Note) -> HTML {
        guard !note.conflictedFields.isEmpty else { return .empty }
        let labels = context.labels
        return """
        <p class="notice" role="status">\(labels.conflictsWaiting(note.conflictedFields.count)) \
        <a href="\(ReviewPath.conflicts(record.id))">\(labels.settleConflicts)</a></p>
        """
    }

    /// `Recorded time looks wrong: 3 days in the future by this laptop's clock`.
    private func clockNotice(_ flag: ClockFlag) -> HTML {
        let span = AgePeriod.approximately(milliseconds: flag.offBy)
        let text = flag.reason == .future ? context.labels.recordedInFuture(span) : context.labels.recordedBeforeEnrollment(span)
        return "<p class=\"notice clock\" role=\"status\">\(text)</p>\n"
    }

    /// Known fields in their usual order, then any field a newer client added.
    private var fieldRows: [HTML] {
        let known = NoteField.allCases.map(\.rawValue)
        let names = known.filter { record.fields[$0] != nil } + record.fields.keys.filter { !known.contains($0) }.sorted()
        return names.map(row)
    }

    private func row(_ name: String) -> HTML {
        let labels = context.labels
        let register = record.fields[name]
        let value = name == NoteField.consent.rawValue
            ? ConsentRecord(record: record).map(labels.consent) ?? labels.none
            : FieldText.text(register?.displayValue ?? .null, field: name, labels: labels)
        let badge: HTML = register?.isConflicted == true ? " <span class=\"badge conflict\">\(labels.inConflict)</span>" : .empty
        return "<dt>\(labels.name(of: name))</dt><dd>\(value)\(badge)</dd>"
    }
}
