import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// The server writes pull answers by splicing stored text; they must be byte for byte what
/// encoding the decoded records would give, for every kind of record the store can hold.
@Suite struct PullBodyTests {
    @Test func splicedPullBody_EqualsTheEncodedResponse() throws {
        let store = try CentralStore.inMemory()
        let sample = try SampleFile.load(try Data(contentsOf: TemporaryFolder.repositoryFile("Fixtures/sample.json")))
        let device = DeviceID("sample-device")
        let records = try sample.records(device: device)
        #expect(records.count > 60)
        _ = try store.push(records, from: device)
        let odd = NoteDraft(neighbourhood: "Lombok \"Oost\"", officer: "Zoë", topic: "café\n\\ \u{1F600}", summary: "tab\there")
            .record(id: "00000000-0000-4000-8000-0000000000ff", by: Author(device: device, officer: "Zoë"))
        _ = try store.push([odd], from: device)

        var cursor: String? = nil
        var pages = 0
        while true {
            let stored = try store.pullStored(after: cursor, limit: 7)
            let decoded = try store.pull(after: cursor, limit: 7)
            let time = Timestamp(milliseconds: 1_795_000_000_123)
            let spliced = PullResponse.wireBody(records: stored.records, cursor: stored.cursor, more: stored.more, serverTime: time)
            let encoded = JSONWriter.write(PullResponse(records: decoded.records, cursor: decoded.cursor, more: decoded.more, serverTime: time).wireValue)
            #expect(spliced == encoded, "page \(pages): \(String(decoding: spliced.prefix(200), as: UTF8.self))")
            pages += 1
            cursor = stored.cursor
            if !stored.more { break }
        }
        #expect(pages >= 10)
    }
}
