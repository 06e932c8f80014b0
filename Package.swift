// swift-tools-version:6.0
// FieldKit: offline-first field notes for community police stands.
// No package dependencies: the toolchain and the system SQLite only.
import PackageDescription

let package = Package(
    name: "FieldKit",
    products: [
        .executable(name: "fieldkit", targets: ["fieldkit"]),
    ],
    targets: [
        // The system SQLite. Only SQLiteKit imports it.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // A small SQLite wrapper: connections, statements, transactions, errors without bound values.
        .target(name: "SQLiteKit", dependencies: ["CSQLite"]),
        // The model, version vectors and the merge. Foundation only.
        .target(name: "FieldCore"),
        // The device's local store: schema, migrations, local writes and the change sequence.
        .target(name: "FieldStore", dependencies: ["FieldCore", "SQLiteKit"]),
        // Command-line parsing, help text and sysexits codes, shared by both executables.
        .target(name: "ArgumentKit"),
        // The officer's commands; the executable only runs them.
        .target(name: "OfficerCLI", dependencies: ["FieldCore", "FieldStore", "ArgumentKit"]),
        .executableTarget(name: "fieldkit", dependencies: ["OfficerCLI"]),

        .testTarget(name: "SQLiteKitTests", dependencies: ["SQLiteKit"]),
        .testTarget(name: "FieldCoreTests", dependencies: ["FieldCore"]),
        .testTarget(name: "FieldStoreTests", dependencies: ["FieldStore", "FieldCore"]),
        .testTarget(name: "ArgumentKitTests", dependencies: ["ArgumentKit"]),
        .testTarget(name: "FieldKitCLITests", dependencies: ["fieldkit", "FieldStore", "FieldCore"]),
    ],
    swiftLanguageModes: [.v6]
)
