import CrashPoints
import FieldCore
import FieldStore
import HTTPKit

/// The sync endpoints: health, push and pull. SyncProtocol.md describes each one.
struct SyncHandlers: Sendable {
    let gate: StoreGate
    let authenticator: Authenticator
    let log: ServerLog

    func health(_ request: HTTPRequest) throws -> HTTPResponse {
        Self.json(HealthResponse(serverTime: .now()).wireValue)
    }

    func push(_ request: HTTPRequest) throws -> HTTPResponse {
        try Self.checkProtocolHeader(request)
        let caller = try authenticator.authenticate(request)
        let received = Timestamp.now()
        let offset = Self.clockOffset(request, now: received)
        let message = try PushDecoder.decode(request.body)
        guard message.device == caller.device else {
            log.refusal("push_device_mismatch", device: caller.device.rawValue, path: request.path)
            throw HTTPError(.forbidden, code: "device_mismatch",
                            message: "the push names device \(message.device) but comes from \(caller.device)")
        }
        let stored: PushResult
        do {
            stored = try StoreFailure.mapped { try gate.withStore { try Self.auditedPush(message, by: caller, into: $0) } }
        } catch let rejection as PushRejection {
            log.refusal(rejection.logReason, device: caller.device.rawValue, path: request.path)
            throw HTTPError(.unprocessableContent, code: rejection.code, message: rejection.description)
        }
        CrashPoint.reach(.serverPushAfterCommit)
        stored.relays.forEach(log.relayAccepted)
        recordSync(caller, clock: offset)
        flagRecordedTimes(message.records, changes: stored.changes, caller: caller, offset: offset, now: received)
        let results = zip(message.records, stored.changes).map { PushResponse.Result(id: $0.id, change: $1.protocolName) }
        return Self.json(PushResponse(results: results, serverTime: .now()).wireValue)
    }

    func pull(_ request: HTTPRequest) throws -> HTTPResponse {
        try Self.checkProtocolHeader(request)
        let caller = try authenticator.authenticate(request)
        let offset = Self.clockOffset(request, now: .now())
        let limit = try Self.limit(request.query("limit"))
        let page: (records: [StoredRecordText], cursor: String, more: Bool)
        let cursor = request.query("cursor")
        do {
            page = try StoreFailure.mapped {
                try gate.withStore { store in
                    let page = try store.pullStored(after: cursor, limit: limit)
                    auditPull(page, after: cursor, by: caller, in: store)
                    return page
                }
            }
        } catch CursorError.malformed {
            throw HTTPError(.badRequest, code: "invalid_cursor", message: CursorError.malformed.description)
        } catch CursorError.unknownStore {
            throw HTTPError(.conflict, code: "cursor_unknown", message: CursorError.unknownStore.description)
        }
        CrashPoint.reach(.serverPullAfterRead)
        recordSync(caller, clock: offset)
        return HTTPResponse.json(.ok, PullResponse.wireBody(records: page.records, cursor: page.cursor, more: page.more, serverTime: .now()))
    }

    /// Stores a push and its audit entry in one transaction, so no stored push ever lacks its entry.
    private static func auditedPush(_ message: PushRequest, by caller: AuthenticatedDevice, into store: CentralStore) throws -> PushResult {
        let now = Timestamp.now()
        return try store.audited(at: now) {
            try store.push(message.records, from: caller.device, at: now)
        } entry: { result in
            AuditEvent.push(by: caller, records: message.records, result: result)
        }
    }

    /// Records which records a pull served. A page that served none discloses nothing and is not recorded.
    ///
    /// Best effort, like `recordSync`: pulls keep working on a store that is read-only or locked
    /// (officers need their notes in the field), so a failure is logged instead of refusing the pull.
    private func auditPull(_ page: (records: [StoredRecordText], cursor: String, more: Bool), after cursor: String?,
                           by caller: AuthenticatedDevice, in store: CentralStore) {
        guard !page.records.isEmpty else { return }
        let event = AuditEvent.pull(by: caller, served: page.records.map(\.id), after: cursor, next: page.cursor, more: page.more)
        do {
            try store.appendAuditDeferred(event)
        } catch {
            log.info("could not record in the audit trail a pull of \(page.records.count) records by device=\(caller.device.rawValue): \(error)")
        }
    }

    /// Notes the time of this sync and the device's clock offset for `devices`, at most once a
    /// minute per token unless the offset moved, so that frequent pulls do not each cost a durable write.
    ///
    /// Best effort: the stamp is bookkeeping, so a store that is locked, full or read-only must not
    /// turn a pull that was served (or a push already committed) into an error; it is logged instead.
    private func recordSync(_ caller: AuthenticatedDevice, clock: ClockOffset?) {
        let now = Timestamp.now()
        if let last = caller.token.lastSyncAt, now.milliseconds - last.milliseconds < 60_000,
           !Self.clockChanged(clock, since: caller.token) { return }
        do {
            try gate.withStore { try $0.recordSync(tokenID: caller.token.id, at: now, clockOffset: clock) }
        } catch {
            log.info("could not note the last sync time of device=\(caller.device.rawValue): \(error)")
        }
    }

    static func limit(_ text: String?) throws -> Int {
        guard let text else { return SyncProtocol.defaultPullLimit }
        guard let limit = Int(text), (1...SyncProtocol.maximumPullLimit).contains(limit) else {
            throw HTTPError(.badRequest, code: "invalid_limit", message: "limit must be a whole number from 1 to \(SyncProtocol.maximumPullLimit)")
        }
        return limit
    }

    /// Refuses a client that announces another protocol version, naming both.
    static func checkProtocolHeader(_ request: HTTPRequest) throws {
        guard let announced = request.headers[SyncProtocol.versionHeader], announced != String(SyncProtocol.version) else { return }
        throw HTTPError(.badRequest, code: "protocol_mismatch",
                        message: "the client speaks protocol \(announced); this server speaks protocol \(SyncProtocol.version)")
    }

    static func json(_ value: JSONValue, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse.json(status, JSONWriter.write(value))
    }
}
