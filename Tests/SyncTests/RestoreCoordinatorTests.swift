import FieldCore
import FieldStore
import Foundation
import Testing

/// A coordinator's change after a restore must not reuse a counter the laptops already hold for
/// a change the restored store forgot: that left server and laptops different for good, silently.
@Suite struct RestoreCoordinatorTests {
    static let anna = 0

    @Test func coordinatorWriteAfterRestore_UsesANewActorAndEveryCopyConverges() throws {
        let world = try RestoreWorld()
        let note = try world.devices[Self.anna].log(RestoreWorld.draft("Bins overflow", by: "Anna"))
        try world.sync(Self.anna)
        try world.backUp()
        let carla = CoordinatorActor.author("Carla Smit")
        _ = try world.gate.withStore { try $0.write(id: note.id, changes: [.followUp: .text("Call the council")], by: carla) }
        try world.sync(Self.anna)

        try world.restore()
        let again = CoordinatorActor.author("Carla Smit")
        let written = try world.gate.withStore { try $0.write(id: note.id, changes: [.followUp: .text("Visit on Friday")], by: again) }
        let actors = written.record.version.sortedEntries.map(\.device.rawValue)
        #expect(actors.contains("coord:carla-smit.r1"), "the restored store writes under the next generation: \(actors)")
        try world.sync(Self.anna)
        try world.sync(Self.anna)

        let server = try #require(try world.serverRecords()[note.id])
        let laptop = try #require(try world.deviceRecords(Self.anna)[note.id])
        #expect(server == laptop, "server and laptop hold the same note")
        let values = Set((server.fields[NoteField.followUp.rawValue]?.entries ?? []).map(\.value))
        #expect(values == [.text("Call the council"), .text("Visit on Friday")], "both changes kept, as a conflict: \(values)")
    }
}
