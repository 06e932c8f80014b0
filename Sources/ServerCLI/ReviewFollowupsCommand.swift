import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review followups`: the notes with a follow-up, whose it is and by when.
struct ReviewFollowupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "followups",
        abstract: "List notes with a follow-up, with its owner and due date; prints 'N of M follow-ups' on stderr.",
        discussion: """
        Overdue means open and due before now. Assign with 'review assign', close with 'review done'.
          fieldkit-server review followups --status open --overdue
        """,
        arguments: [
            .option("status", value: "status", help: "Only follow-ups that are open or done."),
            .option("owner", value: "name", help: "Only follow-ups assigned to this officer (any letter case)."),
            .flag("overdue", help: "Only open follow-ups whose due date has passed."),
        ] + ReviewPaging.arguments + [
            .flag("json", help: "Print {\"total\": M, \"page\", \"limit\", \"notes\": [note, ...]} (stable keys, for scripts)."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let paging: ReviewPaging
    let status: FollowUpStatus?
    let owner: String?

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        paging = try ReviewPaging(parsed)
        status = try parsed.choice("status", as: FollowUpStatus.self)
        owner = try ReviewFilterOptions.text(parsed, "owner")
        if parsed.flag("overdue"), status == .done { throw CommandError.usage("--overdue lists open follow-ups; it cannot go with --status done") }
    }

    func run() throws {
        let now = Timestamp.now()
        var filter = ReviewFilter()
        filter.hasFollowUp = true
        filter.followUpStatus = parsed.flag("overdue") ? .open : status
        filter.followUpDueBefore = parsed.flag("overdue") ? now : nil
        filter.followUpOwner = owner
        let store = try ServerStoreAccess.openExisting(parsed)
        let (records, total) = try ServerStoreAccess.page(filter, paging, in: store)
        if parsed.flag("json") { return try JSONOutput.write(ReviewPageJSON(total: total, paging: paging, records: records)) }
        if !records.isEmpty { Console.output.write(ReviewText.followUps(records, now: now)) }
        Console.say(paging.summary(shown: records.count, total: total, noun: "follow-ups"))
    }
}
