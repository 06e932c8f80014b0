import FieldCore

/// `--json` of `review list` and `review followups`: the page of notes and how many match in all.
struct ReviewPageJSON: Encodable {
    let total: Int
    let page: Int
    let limit: Int
    let notes: [NoteJSON]

    init(total: Int, paging: ReviewPaging, records: [Record]) {
        self.total = total
        page = paging.page
        limit = paging.limit
        notes = records.map(NoteJSON.init(record:))
    }
}
