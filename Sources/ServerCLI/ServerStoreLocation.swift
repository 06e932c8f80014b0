import ArgumentKit
import Foundation

/// Where the central store lives: `--store`, else `FIELDKIT_STORE`, else `$XDG_DATA_HOME/fieldkit/server.sqlite`.
enum ServerStoreLocation {
    static let environmentVariable = "FIELDKIT_STORE"

    static let option = ArgumentSpec.option(
        "store", value: "path",
        help: "The server store (default: $FIELDKIT_STORE, else $XDG_DATA_HOME/fieldkit/server.sqlite).")

    static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/fieldkit/server.sqlite"
    }
}
