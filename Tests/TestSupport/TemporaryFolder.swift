import Foundation

/// A temporary folder for one test, removed when released.
public final class TemporaryFolder {
    public let path: String

    public init(prefix: String = "fieldkit-test") {
        path = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    public func file(_ name: String) -> String {
        path + "/" + name
    }

    /// Every file in the folder with its bytes: a byte-for-byte snapshot of a store and its WAL.
    public func snapshot() -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: path + "/" + $0) ?? Data()) })
    }

    /// A file of the repository (Fixtures, documents), found from this source file's place.
    public static func repositoryFile(_ relative: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(relative)
    }
}
