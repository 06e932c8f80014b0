import FieldCore
import FieldStore
import Testing
import TestSupport

/// On a laptop, a pulled erasure replaces the local copy, and what it erased cannot be written again.
@Suite struct ErasedNoteEditingTests {
    static let carla = CoordinatorActor.author("Carla Smit")

    /// A laptop store holding a note with a contact, and that note as the server erased it at `level`.
    static func make(_ folder: TemporaryFolder, level: ErasureLevel) throws -> (LocalStore, Record) {
        let store = try StoreFixture.make(in: folder)
        let note = try store.log(StoreFixture.draft(contact: "06-12345678"))
        let erased = try #require(try store.record(id: note.id)?.erasing(level, by: carla))
        let applied = try store.applyPulled([erased], cursor: "c1")
        #expect(applied.changed == 1 && applied.erasures == 1)
        return (store, erased)
    }

    @Test func editOfErasedNote_IsRefusedWithOneLine() throws {
        let folder = TemporaryFolder()
        let (store, erased) = try Self.make(folder, level: .note)
        #expect(throws: StoreError.noteErased(id: erased.id, erasure: try #require(erased.erasure))) {
            try store.edit(id: erased.id, changes: [.topic: .text("parking")])
        }
        #expect(StoreError.noteErased(id: erased.id, erasure: erased.erasure!).description
                == "note \(erased.id.prefix(8)) was erased on request; it cannot be edited")
    }

    @Test func contactErased_OtherFieldsStayEditable_ContactDoesNot() throws {
        let folder = TemporaryFolder()
        let (store, erased) = try Self.make(folder, level: .contact)
        #expect(throws: StoreError.self) { try store.edit(id: erased.id, changes: [.contact: .text("06-1"), .consent: .bool(true)]) }
        #expect(try store.edit(id: erased.id, changes: [.summary: .text("Agreed to meet again")]).changed)
        let record = try #require(try store.record(id: erased.id))
        #expect(record.value("contact") == .null && record.validationProblem() == nil)
    }

    @Test func resolveOnErasedNote_IsRefused() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.make(in: folder)
        let note = try store.log(StoreFixture.draft(contact: "06-12345678"))
        let original = try #require(try store.record(id: note.id))
        // Another laptop moved the note to another neighbourhood without seeing the erasure: a
        // conflict on a field the erasure keeps. Settling it would be an edit of an erased note.
        let moved = try #require(original.writing(["neighbourhood": .text("Zuilen")], by: Author(device: DeviceID("dev-b"), officer: "Bram")))
        let erased = try #require(original.erasing(.note, by: Self.carla))
        _ = try store.applyPulled([erased, moved], cursor: "c1")
        #expect(try store.record(id: note.id)?.conflictedFields == ["neighbourhood"])
        #expect(throws: StoreError.self) { try store.resolve(id: note.id, field: .neighbourhood, value: .text("Lombok")) }
        #expect(try store.record(id: note.id)?.validationProblem() == nil)
    }
}
