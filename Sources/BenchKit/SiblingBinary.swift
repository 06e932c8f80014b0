import Foundation

/// The FieldKit executables built beside `fieldkit-bench` (same configuration, same build folder).
enum SiblingBinary {
    /// The path of `name` next to this executable, if it was built.
    static func path(_ name: String) -> String? {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let path = own.deletingLastPathComponent().appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
