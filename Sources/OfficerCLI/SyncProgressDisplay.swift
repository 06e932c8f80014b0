import ArgumentKit
import SyncClient

/// A one-line progress display on standard error, redrawn in place, only on a terminal.
struct SyncProgressDisplay {
    let enabled: Bool

    func show(_ progress: SyncProgress) {
        guard enabled else { return }
        switch progress {
        case .pushed(let records): Console.errors.write("\rSending… \(records) records sent   ")
        case .pulled(let records): Console.errors.write("\rReceiving… \(records) records received   ")
        }
    }

    func finish() {
        if enabled { Console.errors.write("\r\u{1B}[K") }
    }
}
