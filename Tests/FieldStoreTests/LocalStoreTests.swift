import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

@Suite struct LocalStoreTests {
    @Test func create_ThenOpen_KeepsIdentity() throws {
        let folder = TemporaryFolder()
        let created = try StoreFixture.make(in: folder)
        try created.close()
        let reopened = try LocalStore.open(at: folder.file("field.sqlite"))
        #expect(reopened.identity == DeviceIdentity(deviceID: StoreFixture.device, officer: "Sanne"))
    }

    @Test func create_WhenFileExists_IsRefusedAndFileUnchanged() throws {
        let folder = TemporaryFolder()
        let path = folder.file("field.sqlite")
        try Data("precious".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.alreadyExists(path: path)) { try LocalStore.create(at: path, officer: "Sanne") }
        #expect(StoreFixture.bytes(path) == Data("precious".utf8))
    }

    @Test func open_MissingFile_SaysNoStore() {
        let folder = TemporaryFolder()
        let path = folder.file("none.sqlite")
        #expect(throws: StoreError.noStore(path: path)) { try LocalStore.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func open_NonSQLiteFile_IsRefusedAndUnchanged() throws {
        let folder = TemporaryFolder()
        let path = folder.file("notes.txt")
        let content = Data(String(repeating: "shopping list\n", count: 300).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notAFieldKitStore(path: path)) { try LocalStore.open(at: path) }
        #expect(StoreFixture.bytes(path) == content)
    }

    @Test func open_ForeignSQLiteDatabase_IsRefusedAndUnchanged() throws {
        let folder = TemporaryFolder()
        let path = folder.file("other.sqlite")
        try ProcessRunner.sqlite(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        let before = StoreFixture.bytes(path)
        #expect(throws: StoreError.notAFieldKitStore(path: path)) { try LocalStore.open(at: path) }
        #expect(StoreFixture.bytes(path) == before)
    }

    @Test func open_NewerSchema_IsRefusedAndUnchanged() throws {
        let folder = TemporaryFolder()
        try StoreFixture.make(in: folder).close()
        let path = folder.file("field.sqlite")
        try ProcessRunner.sqlite(path, "PRAGMA user_version = 99;")
        let before = StoreFixture.bytes(path)
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: 2)) { try LocalStore.open(at: path) }
        #expect(StoreFixture.bytes(path) == before)
    }

    @Test func log_StoresNoteWithFirstCounterAndUnsyncedCount() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        let note = try store.log(StoreFixture.draft())
        #expect(note.version == VersionVector([StoreFixture.device: 1]))
        #expect(try store.note(id: note.id) == note)
        #expect(try store.status().unsyncedNotes == 1)
        #expect(try store.status().totalNotes == 1)
    }

    @Test func contact_IsStoredOnlyAsGiven() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        let with = try store.log(StoreFixture.draft(contact: "Mrs. J. Bakker, 06-00001234"))
        let without = try store.log(StoreFixture.draft())
        #expect(with.contact == "Mrs. J. Bakker, 06-00001234" && with.consent)
        #expect(without.contact == nil && !without.consent)
    }
}
