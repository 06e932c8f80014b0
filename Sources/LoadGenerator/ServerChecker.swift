import FieldCore
import FieldStore

/// The checks on a started server once the load is over: a clean stop, a sound store that holds
/// exactly what was served, and a log without 5xx answers or refused connections.
enum ServerChecker {
    static func stop(_ server: ServerUnderTest, storePath: String, served: [String: Record]) -> LoadReport.ServerChecks {
        var checks = LoadReport.ServerChecks()
        checks.exitStatus = server.stop()
        let tally = ServerLogTally(lines: server.logLines())
        checks.logged5xx = tally.serverErrors
        checks.loggedHandlerErrors = tally.handlerErrors
        checks.refusedConnections = tally.refusedConnections
        do {
            let store = try CentralStore.open(at: storePath)
            defer { try? store.close() }
            checks.integrity = try store.integrityCheck().joined(separator: "; ")
            let stored = try store.allRecords()
            checks.storeMatchesFeed = stored.count == served.count && stored.allSatisfy { served[$0.id] == $0 }
        } catch {
            checks.integrity = "cannot open the store: \(error)"
            checks.storeMatchesFeed = false
        }
        return checks
    }
}
