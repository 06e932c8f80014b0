// swift-tools-version:6.0
// FieldKit: offline-first field notes for community police stands.
// No package dependencies: the toolchain and the system SQLite only.
import PackageDescription

let package = Package(
    name: "FieldKit",
    products: [
        .executable(name: "fieldkit", targets: ["fieldkit"]),
        .executable(name: "fieldkit-server", targets: ["fieldkit-server"]),
        .executable(name: "fieldkit-load", targets: ["fieldkit-load"]),
        .executable(name: "fieldkit-bench", targets: ["fieldkit-bench"]),
    ],
    targets: [
        // The system SQLite. Only SQLiteKit imports it.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // A small SQLite wrapper: connections, statements, transactions, errors without bound values.
        .target(name: "SQLiteKit", dependencies: ["CSQLite"]),
        // The model, version vectors, the merge and the JSON codec. Foundation only.
        // Optimised in every configuration: it is the hot path of every test that syncs (the
        // convergence property test runs 4x faster), and its logic is covered by its own tests.
        .target(name: "FieldCore", swiftSettings: [.unsafeFlags(["-O"])]),
        // Named stops in the sync path for the crash tests; inert (empty) in release builds.
        .target(name: "CrashPoints", dependencies: ["Locking"]),
        // The device's local store: schema, migrations, local writes and the change sequence;
        // the central store, with its hash-chained audit trail (hence HashKit).
        .target(name: "FieldStore", dependencies: ["FieldCore", "SQLiteKit", "CrashPoints", "HashKit"]),
        // A lock around a value (pthread-based, so ThreadSanitizer sees it). Foundation only.
        .target(name: "Locking"),
        // Command-line parsing, help text, sysexits codes and output (console, tables, JSON), shared by both executables.
        .target(name: "ArgumentKit", dependencies: ["Locking"]),
        // The device side of sync: the push/pull pipeline and its HTTP transport.
        .target(name: "SyncClient", dependencies: ["FieldCore", "FieldStore", "CrashPoints", "Locking"]),
        // The officer's commands; the executable only runs them.
        .target(name: "OfficerCLI", dependencies: ["FieldCore", "FieldStore", "SyncClient", "ArgumentKit"]),
        .executableTarget(name: "fieldkit", dependencies: ["OfficerCLI"]),

        // SHA-256, HMAC and constant-time comparison, for tokens and sessions. Standard library only.
        .target(name: "HashKit"),
        // Our HTTP/1.1 server over POSIX sockets: the only module that imports Glibc.
        .target(name: "HTTPKit", dependencies: ["Locking"]),
        // The sync endpoints (health, push, pull) and authentication over the central store.
        .target(name: "SyncService", dependencies: ["FieldCore", "FieldStore", "HTTPKit", "HashKit", "CrashPoints", "Locking"]),
        // The coordinators' review pages: sign-in, notes, conflicts, follow-ups and the report, as server-side HTML.
        .target(name: "ReviewWeb", dependencies: ["FieldCore", "FieldStore", "HTTPKit", "HashKit", "SyncService"]),
        // The server's commands: serve, enroll, devices, revoke.
        .target(name: "ServerCLI", dependencies: [
            "FieldCore", "FieldStore", "SyncService", "SyncClient", "ReviewWeb", "HTTPKit", "ArgumentKit",
        ]),
        .executableTarget(name: "fieldkit-server", dependencies: ["ServerCLI"]),
        // The load generator: simulated devices syncing with one server at once, measured, then verified.
        .target(name: "LoadGenerator", dependencies: ["FieldCore", "FieldStore", "SyncClient", "SyncService", "HTTPKit", "ArgumentKit", "Locking"]),
        .executableTarget(name: "fieldkit-load", dependencies: ["LoadGenerator"]),
        // The benchmark: each figure of the real code beside a plain-SQLite baseline measured in the same run.
        .target(name: "BenchKit", dependencies: [
            "FieldCore", "FieldStore", "SQLiteKit", "SyncService", "SyncClient", "ArgumentKit", "LoadGenerator", "HTTPKit", "Locking",
        ]),
        .executableTarget(name: "fieldkit-bench", dependencies: ["BenchKit", "fieldkit", "fieldkit-server"]),

        // Helpers shared by the test targets: seeded randomness, child processes, temporary folders.
        .target(name: "TestSupport", dependencies: ["HTTPKit", "Locking"], path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteKitTests", dependencies: ["SQLiteKit"]),
        .testTarget(name: "FieldCoreTests", dependencies: ["TestSupport", "FieldCore"]),
        .testTarget(name: "FieldStoreTests", dependencies: ["TestSupport", "FieldStore", "FieldCore"]),
        .testTarget(name: "ArgumentKitTests", dependencies: ["ArgumentKit"]),
        .testTarget(name: "FieldKitCLITests", dependencies: ["TestSupport", "fieldkit", "FieldStore", "FieldCore"]),
        .testTarget(name: "HashKitTests", dependencies: ["TestSupport", "HashKit"]),
        .testTarget(name: "HTTPKitTests", dependencies: ["TestSupport", "HTTPKit"]),
        .testTarget(name: "ServerCLITests", dependencies: ["ServerCLI"]),
        .testTarget(name: "ReviewWebTests", dependencies: [
            "TestSupport", "fieldkit-server", "ReviewWeb", "SyncService", "FieldStore", "FieldCore", "HTTPKit", "HashKit",
        ]),
        .testTarget(name: "SyncTests", dependencies: ["TestSupport", 
            "fieldkit", "fieldkit-server", "SyncService", "SyncClient", "FieldStore", "FieldCore", "HTTPKit", "HashKit",
        ]),
        // Crash tests: real fieldkit and fieldkit-server processes SIGKILLed at named points and at random moments.
        .testTarget(name: "ReliabilityTests", dependencies: ["TestSupport", "fieldkit", "fieldkit-server", "CrashPoints", "SQLiteKit"]),
        .testTarget(name: "BenchKitTests", dependencies: ["TestSupport", "BenchKit", "ArgumentKit", "FieldStore", "fieldkit-bench", "fieldkit-server"]),
        .testTarget(name: "LoadTests", dependencies: ["TestSupport", "fieldkit-load", "fieldkit-server", "LoadGenerator", "FieldCore"]),
    ],
    swiftLanguageModes: [.v6]
)
