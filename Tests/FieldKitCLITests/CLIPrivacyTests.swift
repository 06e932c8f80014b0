import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// `fieldkit purge` and the clock warning of `fieldkit status`, by running the built binary.
@Suite struct CLIPrivacyTests {
    @Test func purge_OnALaptopThatNeverSynced_KeepsEveryNote() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        _ = try workspace.log()
        _ = try workspace.log(topic: "litter")
        let result = try workspace.run(["purge", "--synced-before", "0h"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("purged 0 notes synced before ") && result.stdout.hasSuffix("; kept 2 not yet synced\n"))
        #expect((try workspace.json(try workspace.run(["list", "--json"])) as? [Any])?.count == 2)
    }

    @Test func purge_Json_GivesCountsAndTheCutoff() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        _ = try workspace.log()
        let object = try workspace.json(try workspace.run(["purge", "--synced-before", "2w", "--dry-run", "--json"])) as? [String: Any]
        #expect(object?["dry_run"] as? Bool == true && object?["purged_notes"] as? Int == 0 && object?["kept_unsynced"] as? Int == 0)
        let cutoff = (object?["cutoff"] as? String).flatMap(ISO8601Format.parse)
        let expected = Timestamp.now().adding(milliseconds: -14 * 86_400_000)
        #expect(cutoff.map { abs($0.milliseconds - expected.milliseconds) < 60_000 } == true)
    }

    @Test func purge_Help_SaysItIsNotADelete() throws {
        let help = try ProcessRunner.fieldkit(["purge", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--synced-before") && help.stdout.contains("not a delete"))
        #expect(try ProcessRunner.fieldkit(["--help"]).stdout.contains("purge"))
    }

    /// Sets the offset the last sync measured, as `fieldkit sync` would have.
    static func recordOffset(_ workspace: CLIWorkspace, minutes: Int64) throws {
        let store = try LocalStore.open(at: workspace.db)
        try store.recordClockOffset(ClockOffset(milliseconds: minutes * 60_000, measuredAt: .now()))
        try store.close()
    }

    @Test func status_WithClockTwelveMinutesBehind_Warns() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        try Self.recordOffset(workspace, minutes: 12)
        let status = try workspace.run(["status"])
        #expect(status.status == 0)
        #expect(status.stderr == "warning: this laptop's clock is 12 minutes behind the server's; note times may be wrong. Fix the clock (timedatectl)\n")
        #expect(status.stdout.contains("12 minutes behind the server (at the last sync"))
        let json = try workspace.json(try workspace.run(["status", "--json"])) as? [String: Any]
        #expect(json?["clock_offset_ms"] as? Int == 720_000 && json?["clock_measured_at"] as? String != nil)
    }

    @Test func status_WithClockAheadOrWithinFiveMinutes_WarnsOnlyBeyond() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        #expect(try workspace.run(["status"]).stdout.contains("not measured yet"))
        try Self.recordOffset(workspace, minutes: -4)
        #expect(try workspace.run(["status"]).stderr.isEmpty)
        try Self.recordOffset(workspace, minutes: -6)
        #expect(try workspace.run(["status"]).stderr.contains("clock is 6 minutes ahead of the server's"))
    }
}
