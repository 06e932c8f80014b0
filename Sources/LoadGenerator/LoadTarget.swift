import Foundation

/// The server a run loads and the tokens of its devices: a started child server, or one given by `--url`.
struct LoadTarget {
    let url: URL
    let storePath: String
    /// One token per device, then one for the verifier.
    let tokens: [String]
    /// The child server, when the run started one.
    let server: ServerUnderTest?

    var verifierToken: String { tokens[tokens.count - 1] }

    /// Enrolls the devices, then starts a server on a new store in `folder` (or uses `options.url`).
    static func prepare(_ options: LoadOptions, folder: String) throws -> LoadTarget {
        if let url = options.url {
            guard let store = options.storePath else { throw LoadFailure.unavailable("--url needs --store, to enroll the devices") }
            return LoadTarget(url: url, storePath: store, tokens: try Enrollment.enroll(count: options.devices + 1, inStoreAt: store),
                              server: nil)
        }
        let store = folder + "/server.sqlite"
        // Enrolled before the server opens the store, as an admin would, so no write races the server.
        let tokens = try Enrollment.enroll(count: options.devices + 1, inStoreAt: store)
        let server = try ServerUnderTest(binary: try serverBinary(options), storePath: store, maxConnections: options.maxConnections)
        return LoadTarget(url: server.url, storePath: store, tokens: tokens, server: server)
    }

    /// `--server-binary`, else the `fieldkit-server` next to this executable (as `swift build` places them).
    static func serverBinary(_ options: LoadOptions) throws -> URL {
        if let binary = options.serverBinary { return binary }
        let sibling = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("fieldkit-server")
        guard let sibling, FileManager.default.isExecutableFile(atPath: sibling.path) else {
            throw LoadFailure.unavailable("no fieldkit-server next to fieldkit-load; give one with --server-binary PATH")
        }
        return sibling
    }
}
