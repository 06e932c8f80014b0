import FieldCore
import Testing
@testable import LoadGenerator

/// The end-of-run checks, shown each failure they must catch, without a server.
struct LoadVerificationTests {
    static let anna = DeviceID("load-anna")
    static let bram = DeviceID("load-bram")

    /// A note created by `device` and then written `edits` more times by `editor`.
    static func make(_ id: String, by device: DeviceID = anna, edits: Int = 0, editor: DeviceID = bram) -> Record {
        var record = Record.created(id: id, kind: .note, values: ["topic": .text("parking")], by: Author(device: device, officer: "A"))
        for edit in 0..<edits {
            record = record.writing(["topic": .text("edit \(edit)")], by: Author(device: editor, officer: "B")) ?? record
        }
        return record
    }

    static func server(_ records: [Record]) -> [String: Record] {
        Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
    }

    static let ledgers = [
        DeviceLedger(device: anna, loggedIDs: ["n1", "n2"], writes: ["n1": 1, "n2": 1]),
        DeviceLedger(device: bram, loggedIDs: ["n3"], writes: ["n3": 1, "n1": 2]),
    ]

    @Test func verification_EveryNoteAndWriteOnServer_Passes() {
        let server = Self.server([Self.make("n1", edits: 2), Self.make("n2"), Self.make("n3", by: Self.bram)])
        let result = LoadVerification.check(Self.ledgers, server: server)
        #expect(result.passed)
        #expect(result.notesLogged == 3 && result.notesOnServer == 3)
    }

    @Test func verification_NoteMissingOnServer_CountsItLost() {
        let server = Self.server([Self.make("n1", edits: 2), Self.make("n3", by: Self.bram)])
        let result = LoadVerification.check(Self.ledgers, server: server)
        #expect(result.lost == 1)
        #expect(result.lostWrites == 1, "n2's creation is a write the server lacks too")
        #expect(!result.passed)
    }

    @Test func verification_EditMissingOnServer_CountsLostWrite() {
        let server = Self.server([Self.make("n1", edits: 1), Self.make("n2"), Self.make("n3", by: Self.bram)])
        let result = LoadVerification.check(Self.ledgers, server: server)
        #expect(result.lost == 0)
        #expect(result.lostWrites == 1)
        #expect(!result.passed)
    }

    @Test func verification_ServerCreditsAnUnmadeWrite_CountsPhantom() {
        let server = Self.server([Self.make("n1", edits: 3), Self.make("n2"), Self.make("n3", by: Self.bram)])
        let result = LoadVerification.check(Self.ledgers, server: server)
        #expect(result.phantomWrites == 1)
        #expect(!result.passed)
    }

    @Test func verification_IdLoggedTwiceOrServedTwice_CountsDuplicates() {
        let twice = Self.ledgers + [DeviceLedger(device: DeviceID("load-carla"), loggedIDs: ["n2"], writes: [:])]
        let server = Self.server([Self.make("n1", edits: 2), Self.make("n2"), Self.make("n3", by: Self.bram)])
        #expect(LoadVerification.check(twice, server: server).duplicates == 1)
        #expect(LoadVerification.check(Self.ledgers, server: server, repeatedIDs: ["n3"]).duplicates == 1)
    }

    @Test func verification_RecordNobodyLogged_IsUnexpectedUnlessThereBefore() {
        let server = Self.server([Self.make("n1", edits: 2), Self.make("n2"), Self.make("n3", by: Self.bram), Self.make("old")])
        #expect(LoadVerification.check(Self.ledgers, server: server).unexpected == 1)
        #expect(LoadVerification.check(Self.ledgers, server: server, baseline: ["old"]).unexpected == 0)
    }

    @Test func verification_NoNotesLogged_DoesNotPass() {
        #expect(!LoadVerification.check([], server: [:]).passed)
    }

    @Test func replicaComparison_OtherVersionOrMissingRecord_NamesTheRecord() {
        let server = Self.server([Self.make("n1", edits: 2), Self.make("n2")])
        #expect(ReplicaComparison.difference(Array(server.values), server: server) == nil)
        let behind = ReplicaComparison.difference([Self.make("n1", edits: 1), Self.make("n2")], server: server)
        #expect(behind?.contains("n1") == true)
        #expect(ReplicaComparison.difference([Self.make("n1", edits: 2)], server: server) == "holds 1 records, the server 2")
    }
}
