import ArgumentKit

/// Which page of a long note list to show: `--limit N` notes from page `--page P`.
struct ReviewPaging {
    static let maximumLimit = 1000
    /// Far beyond any real store; keeps `offset` from overflowing.
    static let maximumPage = 1_000_000

    static let arguments: [ArgumentSpec] = [
        .option("limit", value: "n", help: "Notes per page, 1 to \(maximumLimit) (default 50)."),
        .option("page", value: "n", help: "Which page to show, from 1 (default 1)."),
    ]

    let limit: Int
    let page: Int

    var offset: Int { (page - 1) * limit }

    init(_ parsed: ParsedArguments) throws {
        limit = try parsed.int("limit") ?? 50
        page = try parsed.int("page") ?? 1
        guard (1...Self.maximumLimit).contains(limit) else {
            throw CommandError.usage("--limit must be 1 to \(Self.maximumLimit), got \(limit)")
        }
        guard (1...Self.maximumPage).contains(page) else { throw CommandError.usage("--page must be 1 or more, got \(page)") }
    }

    /// `50 of 63 notes (page 1 of 2; next: --page 2)`, for standard error.
    func summary(shown: Int, total: Int, noun: String = "notes") -> String {
        let pages = max(1, (total + limit - 1) / limit)
        var line = "\(shown) of \(total) \(noun)"
        if pages > 1 || page > 1 {
            line += " (page \(page) of \(pages)" + (page < pages ? "; next: --page \(page + 1))" : ")")
        }
        return line
    }
}
