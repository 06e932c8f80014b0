import FieldCore
@testable import FieldStore
import Testing

/// The push guard and erasures that the server does not hold (after a restore, laptops relay them).
@Suite struct ErasureGuardTests {
    static let anna = Author(device: DeviceID("dev-a"), officer: "Anna", at: Timestamp(milliseconds: 1_000))
    static let cees = Author(device: DeviceID("dev-c"), officer: "Cees", at: Timestamp(milliseconds: 2_000))
    static let retention = Author(device: DeviceID("coord:retention"), officer: "retention policy", at: Timestamp(milliseconds: 3_000))

    /// A laptop's copy may lack a value the server holds because the laptop's erasure dropped it, not
    /// because a newer write replaced it: that is no missing write.
    @Test func valueDroppedByARelayedErasure_IsNoMissingWrite() throws {
        let original = Record.created(id: "n1", kind: .note, values: ["contact": .text("06-1"), "consent": .bool(true),
                                                                       "topic": .text("noise")], by: Self.anna)
        // Cees, not seeing the erasure, records a new contact (with its consent); the restored server
        // holds his write but not the erasure.
        let consented = try #require(original.writing(["contact": .text("06-2"), "consent": .bool(true)], by: Self.cees))
        let erased = try #require(original.erasing(.contact, by: Self.retention))
        let laptop = RecordMerge.merge(erased, consented)
        #expect(laptop.value("contact") == .null && laptop.value("consent") != .bool(true),
                "the erasure dropped Cees's contact and consent on the laptop")
        let relays = try CentralStore.check(laptop, against: consented, pushedBy: Self.anna.device, relaysAllowed: true)
        #expect(relays.map(\.device) == [Self.retention.device], "the erasure itself is relayed")
        #expect(RecordMerge.merge(consented, laptop) == laptop, "and the server ends with the laptop's state")
    }
}
