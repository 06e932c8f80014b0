import FieldCore

/// A field's value as words on a page: moods and statuses translated, times as dates, lists joined.
enum FieldText {
    static func text(_ value: FieldValue, field: String, labels: Labels) -> String {
        switch value {
        case .null:
            return labels.none
        case .bool(let flag):
            return flag ? labels.yes : labels.no
        case .list(let items):
            return items.isEmpty ? labels.none : items.joined(separator: ", ")
        case .number(let number):
            return self.number(number, field: field)
        case .text(let text):
            return words(text, field: field, labels: labels)
        }
    }

    private static func number(_ number: Double, field: String) -> String {
        let whole = FieldValue.number(number).integer
        switch (NoteField(rawValue: field), whole) {
        case (.recordedAt?, let ms?): return WebTime.moment(Timestamp(milliseconds: ms))
        case (.followUpDue?, let ms?): return WebTime.day(Timestamp(milliseconds: ms))
        case (_, let whole?): return String(whole)
        default: return String(number)
        }
    }

    private static func words(_ text: String, field: String, labels: Labels) -> String {
        switch NoteField(rawValue: field) {
        case .mood?: return Mood(rawValue: text).flatMap { labels.moods[$0] } ?? text
        case .followUpStatus?: return FollowUpStatus(rawValue: text).flatMap { labels.statuses[$0] } ?? text
        default: return text.isEmpty ? labels.none : text
        }
    }
}
