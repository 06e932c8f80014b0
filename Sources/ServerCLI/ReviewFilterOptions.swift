import ArgumentKit
import FieldCore
import FieldStore

/// The note filters shared by `review list`, `report` and `export`, read into a `ReviewFilter`.
///
/// Days are UTC calendar days, as in the report's weeks: `--from 2026-10-01 --to 2026-10-31`
/// is all of October, both ends included.
enum ReviewFilterOptions {
    static let arguments: [ArgumentSpec] = [
        .option("neighbourhood", value: "name", help: "Only this neighbourhood (any letter case)."),
        .option("from", value: "date", help: "Only notes recorded on or after this day (YYYY-MM-DD, UTC)."),
        .option("to", value: "date", help: "Only notes recorded on or before this day (YYYY-MM-DD, UTC; the whole day counts)."),
        .option("officer", value: "name", help: "Only notes recorded by this officer (any letter case)."),
        .option("topic", value: "topic", help: "Only this topic."),
        .option("tag", value: "tag", help: "Only notes with this tag."),
        .option("mood", value: "mood", help: "Only this mood: positive, neutral or concerned."),
        .option("follow-up", value: "status", help: "Only notes whose follow-up is open or done."),
        .option("owner", value: "name", help: "Only notes whose follow-up is assigned to this officer."),
        .flag("conflicts", help: "Only notes in conflict."),
        .option("search", value: "text", help: "Only notes containing every word (topic, summary, location, follow-up, tags; accents ignored)."),
        .flag("deleted", help: "Include deleted notes."),
    ]

    static func filter(_ parsed: ParsedArguments) throws -> ReviewFilter {
        var filter = ReviewFilter()
        filter.neighbourhood = try text(parsed, "neighbourhood")
        filter.officer = try text(parsed, "officer")
        filter.topic = try text(parsed, "topic")
        filter.tag = try text(parsed, "tag")
        filter.mood = try parsed.choice("mood", as: Mood.self)
        filter.followUpStatus = try parsed.choice("follow-up", as: FollowUpStatus.self)
        filter.followUpOwner = try text(parsed, "owner")
        filter.hasConflict = parsed.flag("conflicts") ? true : nil
        filter.search = try text(parsed, "search")
        filter.includeDeleted = parsed.flag("deleted")
        filter.from = try day(parsed, "from")
        filter.before = try day(parsed, "to").map { $0.adding(milliseconds: 86_400_000) }
        if let from = filter.from, let before = filter.before, from >= before {
            throw CommandError.usage("--from is after --to; nothing could match")
        }
        return filter
    }

    /// A non-empty trimmed value, or nil when the option was not given.
    static func text(_ parsed: ParsedArguments, _ name: String) throws -> String? {
        guard let value = parsed.string(name) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw CommandError.usage("--\(name) cannot be empty") }
        return trimmed
    }

    /// The start (00:00 UTC) of the day given as `YYYY-MM-DD`, or nil when the option was not given.
    static func day(_ parsed: ParsedArguments, _ name: String) throws -> Timestamp? {
        guard let text = parsed.string(name) else { return nil }
        guard text.count == 10, let start = ISO8601Format.parse(text) else {
            throw CommandError.usage("--\(name) expects a date like 2026-10-01, got '\(text)'")
        }
        return start
    }
}
