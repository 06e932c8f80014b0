import ArgumentKit
import Foundation

/// `fieldkit-bench`: FieldKit's figures beside plain-SQLite baselines measured in the same run.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        name: "fieldkit-bench",
        abstract: "Measure FieldKit's figures (merge, pull, push, CLI, scale, request rate) against baselines measured in the same run.",
        discussion: """
        Each figure runs FieldKit's real code on files in a temporary folder, beside a baseline doing the
        same storage work through plain SQLite (same library, same pragmas). Ratios, not absolute numbers,
        are what to compare between machines and runs. A row without a number was not measured.
        Run it in release: swift run -c release fieldkit-bench.
        """,
        arguments: [
            .option("notes", value: "n", help: "Records to push (half new notes, half updates; default 100000)."),
            .option("large-store", value: "n", help: "Notes pushed (untimed) into both stores before measuring (default 0: empty stores)."),
            .option("batch", value: "n", help: "Records per push, each a durable transaction (default 1000)."),
            .option("cli-runs", value: "n", help: "Whole-process runs of fieldkit log and of sqlite3 (default 30; 0 skips)."),
            .option("pull-runs", value: "n", help: "Repetitions of the last-100-changes pull (default 30)."),
            .option("only", value: "groups", help: "Run only these row groups, comma separated: merge,pull,cli,http,scale,rate (default all)."),
            .option("scale-notes", value: "n", help: "Notes in the scale rows' large store (default 1000000; --quick 20000)."),
            .option("scale-base", value: "n", help: "Notes in the small store the incremental sync is compared with (default 10000)."),
            .option("scale-store", value: "path", help: "Reuse a large store kept by an earlier run (--keep): no ingest, memory not measured."),
            .option("sync-runs", value: "n", help: "Push-then-pull rounds of 100 changes on each scale store (default 20)."),
            .option("list-runs", value: "n", help: "Filtered coordinator lists, each another neighbourhood and week (default 50)."),
            .option("report-runs", value: "n", help: "Runs of the coordinator report (default 10)."),
            .option("rate-seconds", value: "n", help: "Seconds of wrk load on each server in the request-rate row (default 10; --quick 3)."),
            .flag("quick", help: "Small sizes for a quick check (5000 records, 10 runs, a 20000-note scale store)."),
            .flag("keep", help: "Keep the temporary folder with the stores, and print where it is."),
            .flag("json", help: "Print the figures as JSON."),
        ])

    let options: BenchOptions

    public init(parsed: ParsedArguments) throws {
        options = try BenchOptions(parsed: parsed)
    }

    public func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldkit-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer {
            if options.keep { Console.say("kept \(directory)") } else { try? FileManager.default.removeItem(atPath: directory) }
        }
        let report = try BenchRun(options: options, directory: directory).run()
        if options.json {
            try JSONOutput.write(report)
        } else {
            Console.output.write(report.text())
        }
    }
}
