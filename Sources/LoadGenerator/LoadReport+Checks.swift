/// The verdict: each check the run must pass, and the line that says why when it does not.
extension LoadReport {
    /// Fills `failures` and `passed` from the figures.
    public mutating func judge() {
        failures = requestFailures() + verificationFailures() + serverFailures() + deviceFailures()
        passed = failures.isEmpty
    }

    private func requestFailures() -> [String] {
        var failures: [String] = []
        if requests.total == 0 { failures.append("no request was made") }
        if requests.status5xx > 0 { failures.append("\(requests.status5xx) answers were 5xx \(requests.errorStatuses)") }
        if requests.status4xx > 0 { failures.append("\(requests.status4xx) answers were 4xx \(requests.errorStatuses)") }
        if requests.storageBusy > 0 { failures.append("\(requests.storageBusy) answers said the store was busy") }
        if requests.unreachable > 0 { failures.append("\(requests.unreachable) requests got no answer") }
        if requests.badResponses > 0 { failures.append("\(requests.badResponses) answers were not the protocol") }
        return failures
    }

    private func verificationFailures() -> [String] {
        let check = verification
        var failures: [String] = []
        if check.notesLogged != devices * rounds * notesPerRound {
            failures.append("the devices logged \(check.notesLogged) notes, not \(devices * rounds * notesPerRound)")
        }
        if check.lost > 0 { failures.append("\(check.lost) notes are not on the server") }
        if check.duplicates > 0 { failures.append("\(check.duplicates) notes are duplicated") }
        if check.unexpected > 0 { failures.append("\(check.unexpected) records on the server were never logged") }
        if check.lostWrites > 0 { failures.append("\(check.lostWrites) writes are missing from the server's versions") }
        if check.phantomWrites > 0 { failures.append("\(check.phantomWrites) writes on the server were never made") }
        if devicesEqual != devices {
            failures.append("\(devices - devicesEqual) devices differ from the server (first: \(firstDifference ?? "?"))")
        }
        return failures
    }

    /// The first few device errors, and how many more there were.
    private func deviceFailures() -> [String] {
        let shown = 3
        let more = deviceErrors.count > shown ? ["\(deviceErrors.count - shown) more devices failed likewise"] : []
        return Array(deviceErrors.prefix(shown)) + more
    }

    private func serverFailures() -> [String] {
        let server = serverChecks
        var failures: [String] = []
        if let status = server.exitStatus, status != 0 { failures.append("the server exited with status \(status)") }
        if let integrity = server.integrity, integrity != "ok" { failures.append("the store's integrity check said: \(integrity)") }
        if server.storeMatchesFeed == false { failures.append("the store file differs from what the server served") }
        if server.logged5xx > 0 { failures.append("the server logged \(server.logged5xx) 5xx answers") }
        if server.loggedHandlerErrors > 0 { failures.append("the server logged \(server.loggedHandlerErrors) handler errors") }
        if server.refusedConnections > 0 { failures.append("the server refused \(server.refusedConnections) connections (cap reached)") }
        return failures
    }
}
