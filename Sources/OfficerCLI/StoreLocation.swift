import Foundation

/// Where the device store lives: `--db`, else `FIELDKIT_DB`, else the XDG data folder.
enum StoreLocation {
    static let environmentVariable = "FIELDKIT_DB"

    static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        return dataHome(environment) + "/fieldkit/field.sqlite"
    }

    /// `$XDG_DATA_HOME`, or `~/.local/share` as the XDG base directory spec says.
    private static func dataHome(_ environment: [String: String]) -> String {
        if let path = environment["XDG_DATA_HOME"], path.hasPrefix("/") { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share"
    }
}
