import Foundation
import FieldCore
import FieldStore
import HTTPKit

/// The note list's filters as they travel in the URL: read from the query as typed, turned into a
/// `ReviewFilter`, and written back into the form and the paging links.
struct NoteListQuery: Equatable, Sendable {
    static let pageSize = 50
    /// The query names, in the order links write them.
    static let names = ["q", "neighbourhood", "from", "to", "officer", "topic", "tag", "mood", "follow_up", "owner", "conflict"]

    /// Each filter's text by query name, trimmed; absent when empty.
    private(set) var values: [String: String] = [:]
    private(set) var page = 1

    init(_ request: HTTPRequest) {
        for name in Self.names {
            let value = request.query(name)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if !value.isEmpty { values[name] = String(value.prefix(200)) }
        }
        page = max(1, min(Int(request.query("page") ?? "") ?? 1, 100_000))
    }

    subscript(name: String) -> String {
        values[name] ?? ""
    }

    var offset: Int { (page - 1) * Self.pageSize }

    /// The link to page `page` of these same filters.
    func link(page: Int) -> String {
        ReviewPath.notes + QueryString.make(Self.names.map { ($0, self[$0]) } + [("page", page > 1 ? String(page) : "")])
    }

    /// The filter these values ask for, and the dates it had to ignore.
    func filter() -> (ReviewFilter, unreadDates: [String]) {
        var filter = ReviewFilter()
        func text(_ name: String) -> String? { values[name] }
        filter.search = text("q")
        filter.neighbourhood = text("neighbourhood")
        filter.officer = text("officer")
        filter.topic = text("topic")
        filter.tag = text("tag")
        filter.followUpOwner = text("owner")
        filter.mood = text("mood").flatMap(Mood.init(rawValue:))
        filter.followUpStatus = text("follow_up").flatMap(FollowUpStatus.init(rawValue:))
        filter.hasConflict = text("conflict").flatMap { ["yes": true, "no": false][$0] }
        var unread: [String] = []
        if let from = text("from") {
            if let day = WebTime.parseDay(from) { filter.from = day } else { unread.append(from) }
        }
        if let to = text("to") {
            if let day = WebTime.parseDay(to) { filter.before = day.adding(milliseconds: WebTime.dayMilliseconds) } else { unread.append(to) }
        }
        return (filter, unread)
    }
}
