import FieldCore

/// The conflicts of one note: per conflicted field, every alternative with who wrote it where and
/// when, as radio buttons, plus a field for a new value.
struct ConflictPage {
    let context: ReviewContext
    let record: Record
    /// Why the last attempt was refused, shown above the form.
    var problem: String?

    var page: HTMLPage {
        let labels = context.labels
        let notice: HTML = problem.map { "<p class=\"notice error\" role=\"alert\">\($0)</p>" } ?? .empty
        let back: HTML = "<p><a href=\"\(ReviewPath.note(record.id))\">\(labels.noteTitle(Note(record: record).topic))</a></p>"
        guard !record.conflictedFields.isEmpty else {
            return context.page(labels.conflictsTitle, .notes, "<p class=\"panel\">\(labels.noConflicts)</p>\(back)")
        }
        let content: HTML = """
        \(notice)<p>\(labels.conflictsIntro)</p>
        <form method="post" action="\(ReviewPath.conflicts(record.id))">\(context.csrfField)
        \(record.conflictedFields.map(fieldset))
        <p><button type="submit">\(labels.saveResolution)</button></p>
        </form>\(back)
        """
        return context.page(labels.conflictsTitle, .notes, content)
    }

    private func fieldset(_ name: String) -> HTML {
        let labels = context.labels
        let entries = record.fields[name]?.entries ?? []
        guard let field = NoteField(rawValue: name) else {
            let values = entries.map { "<li>\(FieldText.text($0.value, field: name, labels: labels))</li>" as HTML }
            return "<fieldset><legend>\(name)</legend><ul>\(values)</ul><p class=\"muted\">\(labels.notResolvableHere)</p></fieldset>"
        }
        return """
        <fieldset><legend>\(labels.name(of: field))</legend>
        \(entries.enumerated().map { alternative(field, index: $0.offset, entry: $0.element) })
        \(newValue(field))
        </fieldset>
        """
    }

    private func alternative(_ field: NoteField, index: Int, entry: FieldEntry) -> HTML {
        let labels = context.labels
        let id = "c-\(field.rawValue)-\(index)"
        let who = labels.writtenBy(entry.mark.officer, entry.dot.device.rawValue, WebTime.moment(entry.mark.at))
        return """
        <div class="choice"><input type="radio" id="\(id)" name="\(ConflictForm.choiceName(field))" \
        value="\(ConflictForm.choiceValue(entry.dot))"><label class="grow" for="\(id)">\
        <span class="value">\(FieldText.text(entry.value, field: field.rawValue, labels: labels))</span>\
        <span class="who">\(who)</span></label></div>
        """
    }

    private func newValue(_ field: NoteField) -> HTML {
        let labels = context.labels
        let id = "c-\(field.rawValue)-new"
        let name = ConflictForm.newValueName(field)
        let input: HTML = field == .summary || field == .followUp
            ? "<textarea name=\"\(name)\" rows=\"3\" aria-label=\"\(labels.newValue)\"></textarea>"
            : "<input type=\"text\" name=\"\(name)\" aria-label=\"\(labels.newValue)\">"
        return """
        <div class="choice"><input type="radio" id="\(id)" name="\(ConflictForm.choiceName(field))" \
        value="\(ConflictForm.newChoice)"><div class="grow"><label for="\(id)">\(labels.newValue)</label>\
        \(input)<span class="who">\(labels.newValueHint)</span></div></div>
        """
    }
}
