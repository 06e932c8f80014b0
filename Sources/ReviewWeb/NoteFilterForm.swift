import FieldCore

/// The note list's filters: a GET form, so a filtered list is a link that can be bookmarked or shared.
struct NoteFilterForm {
    let query: NoteListQuery
    let labels: Labels
    /// Suggestions for the free-text filters.
    let neighbourhoods: [String]
    let topics: [String]
    let officers: [String]

    var html: HTML {
        let field = labels.name(of:) as (NoteField) -> String
        return """
        <form class="panel filters" method="get" action="\(ReviewPath.notes)" role="search" aria-label="\(labels.filtersTitle)">
        <div class="wide">\(FormControls.input("q", label: labels.search, value: query["q"], type: "search"))</div>
        \(FormControls.input("neighbourhood", label: field(.neighbourhood), value: query["neighbourhood"], list: "neighbourhoods"))
        \(FormControls.input("from", label: labels.from, value: query["from"], type: "date"))
        \(FormControls.input("to", label: labels.to, value: query["to"], type: "date"))
        \(FormControls.input("officer", label: field(.officer), value: query["officer"], list: "officers"))
        \(FormControls.input("topic", label: field(.topic), value: query["topic"], list: "topics"))
        \(FormControls.input("tag", label: field(.tags), value: query["tag"]))
        \(FormControls.select("mood", label: field(.mood), value: query["mood"], options: moodOptions))
        \(FormControls.select("follow_up", label: field(.followUpStatus), value: query["follow_up"], options: statusOptions))
        \(FormControls.input("owner", label: field(.followUpOwner), value: query["owner"], list: "officers"))
        \(FormControls.select("conflict", label: labels.hasConflict, value: query["conflict"], options: conflictOptions))
        <div class="actions"><button type="submit">\(labels.applyFilters)</button>\
        <a href="\(ReviewPath.notes)">\(labels.clearFilters)</a></div>
        \(FormControls.datalist("neighbourhoods", neighbourhoods))\(FormControls.datalist("topics", topics))\
        \(FormControls.datalist("officers", officers))
        </form>
        """
    }

    private var moodOptions: [(value: String, text: String)] {
        [("", labels.any)] + Mood.allCases.map { ($0.rawValue, labels.moods[$0] ?? $0.rawValue) }
    }

    private var statusOptions: [(value: String, text: String)] {
        [("", labels.any)] + FollowUpStatus.allCases.map { ($0.rawValue, labels.statuses[$0] ?? $0.rawValue) }
    }

    private var conflictOptions: [(value: String, text: String)] {
        [("", labels.any), ("yes", labels.yes), ("no", labels.no)]
    }
}
