import FieldCore
import FieldStore
import Foundation
import TestSupport

enum StoreFixture {
    static let device = DeviceID("00000000000000aa")

    /// A new store in `folder`, for officer "Sanne".
    static func make(in folder: TemporaryFolder, officer: String = "Sanne") throws -> LocalStore {
        try LocalStore.create(at: folder.file("field.sqlite"), officer: officer, deviceID: device)
    }

    static func draft(topic: String = "parking", summary: String = "Vans block the crossing", contact: String? = nil) -> NoteDraft {
        NoteDraft(neighbourhood: "Lombok", location: "Kanaalstraat", officer: "Sanne", topic: topic,
                  summary: summary, tags: ["evening"], mood: .concerned, followUp: "Ask enforcement", contact: contact)
    }

    static var sampleURL: URL {
        TemporaryFolder.repositoryFile("Fixtures/sample.json")
    }

    static func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }
}
