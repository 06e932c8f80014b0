import Foundation

/// The report as lines for a person, each starting with `fieldkit-load:` so CI logs are easy to grep.
extension LoadReport {
    public static let prefix = "fieldkit-load:"

    public var lines: [String] {
        let run = "\(devices) devices x \(rounds) rounds x \(notesPerRound) notes + \(editsPerRound) edits, seed \(seed)"
        let cap = maxConnections.map { "max connections \($0)" } ?? "default max connections"
        return [
            "\(run), server \(server) (\(cap))",
            "requests \(requests.total): 2xx \(requests.status2xx), 4xx \(requests.status4xx), 5xx \(requests.status5xx), "
                + "no answer \(requests.unreachable), storage busy \(requests.storageBusy), failed syncs \(requests.failedSyncs)",
            "latency " + ["push", "pull", "all"].map { kind in
                let summary = latency[kind] ?? LatencySummary(milliseconds: [])
                return "\(kind) p50 \(Self.ms(summary.p50)) p99 \(Self.ms(summary.p99)) max \(Self.ms(summary.max)) (n \(summary.count))"
            }.joined(separator: "; "),
            "throughput \(recordsPushed) pushed + \(recordsPulled) pulled records in \(String(format: "%.1f", wallSeconds)) s: "
                + "\(Int(recordsPerSecond.rounded())) records/s",
            "cpu server \(Self.seconds(cpu.serverSeconds)), devices \(Self.seconds(cpu.devicesSeconds)) on \(cpu.cores) cores "
                + "(devices at nice +\(clientNice)); load average \(Self.figure(cpu.loadAverageBefore)) before, "
                + "\(Self.figure(cpu.loadAverageAfter)) after",
            "verify notes logged \(verification.notesLogged), on server \(verification.notesOnServer), lost \(verification.lost), "
                + "duplicates \(verification.duplicates), unexpected \(verification.unexpected), lost writes \(verification.lostWrites), "
                + "phantom writes \(verification.phantomWrites), devices equal \(devicesEqual)/\(devices), "
                + "conflicted records \(verification.conflictedRecords)",
            "server exit \(serverChecks.exitStatus.map(String.init) ?? "-"), integrity \(serverChecks.integrity ?? "-"), "
                + "store matches feed \(serverChecks.storeMatchesFeed.map { $0 ? "yes" : "no" } ?? "-"), "
                + "logged 5xx \(serverChecks.logged5xx), refused connections \(serverChecks.refusedConnections)",
        ].map { "\(Self.prefix) \($0)" }
            + failures.map { "\(Self.prefix) FAILED: \($0)" }
            + ["\(Self.prefix) \(passed ? "PASS" : "FAIL")"]
    }

    private static func seconds(_ value: Double?) -> String {
        value.map { String(format: "%.1f s", $0) } ?? "-"
    }

    private static func figure(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "-"
    }

    private static func ms(_ value: Double) -> String {
        String(format: "%.1f ms", value)
    }
}
