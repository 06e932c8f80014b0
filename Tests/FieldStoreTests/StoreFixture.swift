import FieldCore
import FieldStore
import Foundation

/// A temporary folder per test, removed when the fixture is released.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "fieldkit-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String {
        path + "/" + name
    }
}

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
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/sample.json")
    }

    static func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }
}
