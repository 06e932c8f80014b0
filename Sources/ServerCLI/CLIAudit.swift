import ArgumentKit
import FieldCore
import FieldStore
import Foundation

/// The audit entries of `fieldkit-server` commands: who ran them, in which capacity, from which login.
///
/// On the command line a coordinator's name (`--as`) is only what they typed; the login that ran
/// the command is what the system vouches for, so it is the device: `cli:<login>`.
///
/// ```swift
/// try CLIAudit.append(CLIAudit.event(.erase, actor: nil, role: .admin, recordIDs: [id],
///                                    detail: ["reason": .string("resident_request")]), to: store, before: "erasing the note")
/// ```
enum CLIAudit {
    /// The login running this command: `$USER`, else `$LOGNAME`, else the system's name for this user.
    static func login(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        return NSUserName()
    }

    /// An entry for this command: the actor is `actor` (a coordinator's `--as`) when given, else the login.
    static func event(_ action: AuditAction, actor: String?, role: AuditRole = .coordinator,
                      recordIDs: [String], detail: [String: JSONValue] = [:]) -> AuditEvent {
        let login = login()
        return AuditEvent(actor: actor ?? login, role: role, device: "cli:" + login, action: action, recordIDs: recordIDs, detail: detail)
    }

    /// Appends `event` before the command goes on to `doing` (e.g. "showing the note"); when it
    /// cannot be recorded the command stops there, saying so (exit 74, or 75 when the store is busy).
    static func append(_ event: AuditEvent, to store: CentralStore, before doing: String, at time: Timestamp = .now()) throws {
        do {
            try store.appendAudit(event, at: time)
        } catch let error as StoreError {
            let code: ExitCode = error.storageCondition == .busy ? .temporaryFailure : .ioError
            throw CommandError("could not record this in the audit trail, so stopped before \(doing): \(error.description)", exitCode: code)
        }
    }

    /// Runs a coordinator's change and its audit entry in one transaction (`CentralStore.audited`).
    static func change<T>(_ store: CentralStore, _ body: () throws -> T, entry describe: (T) -> AuditEvent) throws -> T {
        try ServerStoreAccess.run { try store.audited(body, entry: describe) }
    }
}
