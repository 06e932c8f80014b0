import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review list`: the merged notes, newest first, filtered and paged.
struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list",
        abstract: "List notes, newest first, with filters; prints 'N of M notes' on stderr.",
        discussion: """
          fieldkit-server review list --neighbourhood Lombok --from 2026-10-01 --to 2026-10-31 --mood concerned
          fieldkit-server review list --search "cafe zon" --json
        """,
        arguments: ReviewFilterOptions.arguments + ReviewPaging.arguments + [
            .flag("json", help: "Print {\"total\": M, \"page\", \"limit\", \"notes\": [note, ...]} (stable keys, for scripts)."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let filter: ReviewFilter
    let paging: ReviewPaging

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        filter = try ReviewFilterOptions.filter(parsed)
        paging = try ReviewPaging(parsed)
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        let (records, total) = try ServerStoreAccess.page(filter, paging, in: store)
        if parsed.flag("json") { return try JSONOutput.write(ReviewPageJSON(total: total, paging: paging, records: records)) }
        if !records.isEmpty { Console.output.write(ReviewText.notes(records, now: .now())) }
        Console.say(paging.summary(shown: records.count, total: total))
    }
}
