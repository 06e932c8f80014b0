import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncClient
import SyncService
import Testing

/// The consent rule on every copy: the server refuses a contact without its consent, a device
/// refuses one on pull, and a withdrawal clears the contact on every replica after sync.
@Suite struct ConsentSyncTests {
    static let anna = Author(device: DeviceID("dev-a"), officer: "Anna", at: Timestamp(milliseconds: 1_790_000_000_000))
    static let contact = "Mrs. J. Bakker, 06-00001234"

    static func draft(_ store: LocalStore, contact: String? = ConsentSyncTests.contact) -> NoteDraft {
        NoteDraft(neighbourhood: "Lombok", officer: store.identity.officer, topic: "noise", summary: "Music at night", contact: contact)
    }

    /// A note whose contact was written by a later write than its consent (dev-a:2 against dev-a:1).
    static func contactWithoutConsent(id: String = "contact-no-consent") -> Record {
        var record = NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "noise", summary: "s", contact: nil)
            .record(id: id, by: anna)
        let dot = record.version.increment(anna.device)
        record.fields["contact"] = FieldRegister(single: FieldEntry(value: .text("06-00009999"), mark: WriteMark(dot: dot, officer: "Anna", at: anna.at)))
        return record
    }

    @Test func push_ContactWithoutSameDotConsent_Is422AndNothingStored() throws {
        let world = try SyncWorld()
        let token = try world.enrollBound(to: Self.anna.device)
        let valid = NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "noise", summary: "s", contact: Self.contact)
            .record(id: "valid-note", by: Self.anna)
        let body = JSONWriter.write(PushRequest(device: Self.anna.device, records: [valid, Self.contactWithoutConsent()]).wireValue)
        let transport = DirectTransport(router: world.router, token: token, device: Self.anna.device)
        let response = world.router.handle(transport.makeRequest("POST", "/v1/push", query: [], body: body))
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(response.status.code == 422 && text.contains("\"invalid_record\"") && text.contains("without consent"))
        #expect(!text.contains("06-0000"), "the refusal never repeats the contact")
        #expect(try world.serverRecords().isEmpty)
    }

    @Test func pull_ContactWithoutSameDotConsent_IsRefusedByTheDevice() throws {
        let world = try SyncWorld()
        let device = try world.addDevice(officer: "Bram")
        let store = world.devices[device].store
        let page = PullResponse(records: [Self.contactWithoutConsent()], cursor: "c1", more: false, serverTime: .now())
        let engine = SyncEngine(store: store, transport: FixedPullTransport(page: page), batchSize: 10, pageSize: 10)
        #expect(throws: (any Error).self) { try engine.run() }
        #expect(try store.allRecords().isEmpty)
        #expect(try store.pullCursor() == nil, "the page was not applied, so its cursor is not kept")
    }

    @Test func withdrawal_ClearsContactOnEveryCopy() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let id = try world.devices[a].store.log(Self.draft(world.devices[a].store)).id
        for index in [a, b] { try world.sync(index) }
        #expect(try world.devices[b].store.note(id: id).contact == Self.contact)

        let (note, changed) = try world.devices[a].store.edit(id: id, changes: [.consent: .bool(false)])
        #expect(changed && note.contact == nil && !note.consent)
        for index in [a, b] { try world.sync(index) }
        let copies = [try world.serverRecords()[id], try world.deviceRecords(a)[id], try world.deviceRecords(b)[id]]
        for copy in copies {
            let record = try #require(copy)
            #expect(record.value("contact") == .null && record.value("consent") == .bool(false) && !record.hasConflict)
            #expect(!record.storedFields.contains("06-00001234"), "the withdrawn contact is held nowhere")
            #expect(ConsentRecord(record: record)?.decision == .withdrawn && ConsentRecord(record: record)?.mark.officer == "Anna")
        }
    }

    @Test func withdrawalConcurrentWithContactEdit_ShowsAsConflictOfPairs() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let id = try world.devices[a].store.log(Self.draft(world.devices[a].store)).id
        for index in [a, b] { try world.sync(index) }
        _ = try world.devices[a].store.edit(id: id, changes: [.consent: .bool(false)])
        _ = try world.devices[b].store.edit(id: id, changes: [.contact: .text("06-00005555")])
        for index in [a, b, a] { try world.sync(index) }

        let server = try #require(try world.serverRecords()[id])
        for index in [a, b] { #expect(try world.deviceRecords(index)[id] == server, "device \(index) converged") }
        #expect(server.validationProblem() == nil)
        #expect(Set(server.conflictedFields) == ["consent", "contact"])
        #expect(!server.storedFields.contains("06-00001234"), "the first contact was overwritten by both writes")
        let contacts = try #require(server.fields["contact"]).entries
        let consents = try #require(server.fields["consent"]).entries
        let bram = try #require(contacts.first { $0.value == .text("06-00005555") })
        #expect(consents.contains { $0.dot == bram.dot && $0.value == .bool(true) && $0.mark.officer == "Bram" })
        #expect(contacts.contains { $0.value == .null && $0.mark.officer == "Anna" })
    }
}

/// A server that answers every pull with one fixed page and accepts no push.
private struct FixedPullTransport: SyncTransport {
    let page: PullResponse

    func push(_ request: PushRequest) throws -> PushResponse {
        PushResponse(results: request.records.map { .init(id: $0.id, change: "unchanged") }, serverTime: .now())
    }

    func pull(cursor: String?, limit: Int) throws -> PullResponse {
        page
    }
}
