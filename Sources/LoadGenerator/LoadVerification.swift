import FieldCore

/// The end-of-run checks on what the devices wrote against what the server holds.
///
/// A pure function of the ledgers and the server's records, so each failure it must catch can be
/// shown to it in a test without running a server.
public struct LoadVerification: Sendable, Equatable, Encodable {
    /// Notes the devices logged.
    public var notesLogged = 0
    /// Of those, how many the server holds.
    public var notesOnServer = 0
    /// Logged notes the server does not hold.
    public var lost = 0
    /// Ids logged twice, or served twice in one read of the feed.
    public var duplicates = 0
    /// Records on the server that no device logged (and that were not there before the run).
    public var unexpected = 0
    /// Writes a device made whose dot the server's version does not contain.
    public var lostWrites = 0
    /// Writes the server credits to a device beyond those it made.
    public var phantomWrites = 0
    /// Records on the server with a field in conflict: the concurrent edits, kept.
    public var conflictedRecords = 0

    public var passed: Bool {
        lost == 0 && duplicates == 0 && unexpected == 0 && lostWrites == 0 && phantomWrites == 0 && notesLogged > 0
    }

    /// Checks `ledgers` against `server` (records by id); `repeatedIDs` were served twice by the feed,
    /// `baseline` are the ids the server held before the run.
    public static func check(
        _ ledgers: [DeviceLedger], server: [String: Record], repeatedIDs: Set<String> = [], baseline: Set<String> = []
    ) -> LoadVerification {
        var result = LoadVerification()
        var logged: Set<String> = []
        for ledger in ledgers {
            for id in ledger.loggedIDs where !logged.insert(id).inserted { result.duplicates += 1 }
            result.count(writesOf: ledger, against: server)
        }
        result.notesLogged = ledgers.reduce(0) { $0 + $1.loggedIDs.count }
        result.notesOnServer = logged.filter { server[$0]?.kind == .note }.count
        result.lost = logged.count - result.notesOnServer
        result.duplicates += repeatedIDs.count
        result.unexpected = server.keys.filter { !logged.contains($0) && !baseline.contains($0) }.count
        result.conflictedRecords = server.values.filter(\.hasConflict).count
        return result
    }

    private mutating func count(writesOf ledger: DeviceLedger, against server: [String: Record]) {
        for (id, made) in ledger.writes {
            let held = Int(server[id]?.version[ledger.device] ?? 0)
            if held < made { lostWrites += made - held }
            if held > made { phantomWrites += held - made }
        }
    }
}
