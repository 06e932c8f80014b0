import SQLiteKit

/// A store file's identity and schema history: which program wrote it and how to bring it up to date.
///
/// A store is recognised by `PRAGMA application_id`, so that a file from another program is
/// refused before anything writes to it. Migrations are versioned by `PRAGMA user_version`, and
/// each runs in one transaction with the version bump, so a store is always at exactly one version.
struct StoreSchema: Sendable {
    let applicationID: Int32
    let migrations: [String]

    var currentVersion: Int { migrations.count }

    /// Brings a store from `version` up to `currentVersion`, each step in its own transaction.
    func migrate(_ connection: Connection, from version: Int) throws {
        for next in stride(from: version + 1, through: currentVersion, by: 1) {
            try connection.transaction {
                try connection.execute(migrations[next - 1])
                try connection.setUserVersion(next)
            }
        }
    }
}
