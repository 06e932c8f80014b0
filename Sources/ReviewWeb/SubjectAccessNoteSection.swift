import FieldCore
import FieldStore

/// One note of a subject access export: the facts, why it matched, its consent record, every
/// value each field holds with who wrote it when, and its change history as the server merged it.
struct SubjectAccessNoteSection {
    let match: SubjectMatch
    let labels: Labels
    let words: SubjectAccessLabels

    var html: HTML {
        let note = Note(record: match.record)
        let consent = ConsentRecord(record: match.record).map(labels.consent) ?? labels.none
        return """
        <section class="note">
        <h2>\(words.noteHeading(note.id))</h2>
        <dl class="facts">
        <dt>\(labels.name(of: .recordedAt))</dt><dd>\(WebTime.moment(note.recordedAt))</dd>
        <dt>\(labels.name(of: .neighbourhood))</dt><dd>\(labels.shown(note.neighbourhood))</dd>
        <dt>\(words.stand)</dt><dd>\(note.standID ?? labels.none)</dd>
        <dt>\(labels.name(of: .officer))</dt><dd>\(note.officer)</dd>
        <dt>\(words.status)</dt><dd>\(note.isDeleted ? words.deletedStatus : words.keptStatus)</dd>
        <dt>\(words.matchedOn)</dt><dd>\(matchedOn)</dd>
        <dt>\(labels.name(of: .consent))</dt><dd>\(consent)</dd>
        </dl>
        <h3>\(words.fieldsHeldTitle)</h3>
        <table><thead><tr><th scope="col">\(words.field)</th><th scope="col">\(words.value)</th>\
        <th scope="col">\(words.writtenBy)</th></tr></thead>
        <tbody>\(fieldRows)</tbody></table>
        <h3>\(words.historyTitle)</h3>
        <table><thead><tr><th scope="col">\(labels.mergedAt)</th><th scope="col">\(labels.source)</th>\
        <th scope="col">\(labels.writes)</th></tr></thead>
        <tbody>\(match.history.map(historyRow))</tbody></table>
        </section>
        """
    }

    /// `Contact (phone number), Summary (exact phrase)`
    private var matchedOn: String {
        match.reasons.map { "\(labels.name(of: $0.field)) (\(words.ruleNames[$0.rule] ?? $0.rule.rawValue))" }
            .joined(separator: ", ")
    }

    /// One row per value held: known fields in their usual order, then any field a newer client added.
    private var fieldRows: [HTML] {
        let record = match.record
        let known = NoteField.allCases.map(\.rawValue)
        let names = known.filter { record.fields[$0] != nil } + record.fields.keys.filter { !known.contains($0) }.sorted()
        let matchedFields = Set(match.reasons.map(\.field))
        return names.flatMap { name in
            let badge: HTML = matchedFields.contains(name) ? "<span class=\"match\">\(words.matched)</span>" : .empty
            return (record.fields[name]?.entries ?? []).map { entry -> HTML in
                let who = labels.writtenBy(entry.mark.officer, entry.dot.device.rawValue, WebTime.moment(entry.mark.at))
                return """
                <tr><th scope="row">\(labels.name(of: name))\(badge)</th>\
                <td>\(FieldText.text(entry.value, field: name, labels: labels))</td><td>\(who)</td></tr>
                """
            }
        }
    }

    private func historyRow(_ entry: HistoryEntry) -> HTML {
        let writes = entry.writes.map { write -> HTML in
            let fields = write.fields.map { labels.name(of: $0) }.joined(separator: ", ")
            return "<li>\(labels.writtenBy(write.officer, write.device.rawValue, WebTime.moment(write.at))): \(fields)</li>"
        }
        return """
        <tr><td>\(WebTime.moment(entry.mergedAt))</td><td>\(entry.source)</td><td><ul class="writes">\(writes)</ul></td></tr>
        """
    }
}
