import Foundation

/// What one run of `fieldkit-load` does: how many devices, how much each writes, and against which server.
public struct LoadOptions: Sendable, Equatable {
    /// Simulated devices syncing at the same time, one thread each.
    public var devices = 200
    /// Rounds each device plays: write, then sync.
    public var rounds = 5
    /// New notes each device logs per round.
    public var notesPerRound = 3
    /// Edits per round to notes other devices logged; some collide, making conflicts.
    public var editsPerRound = 2
    /// Seeds what every device writes; the run prints it so it can be replayed.
    public var seed: UInt64 = 1
    /// A running server to load instead of starting one; needs `storePath` to enroll the devices.
    public var url: URL?
    /// The store of the server at `url`, where the devices' tokens are enrolled.
    public var storePath: String?
    /// Passed to the started server as `serve --max-connections`; with `url`, the cap the idle probe assumes.
    public var maxConnections: Int?
    /// The `fieldkit-server` binary to start; by default the one next to `fieldkit-load`.
    public var serverBinary: URL?
    /// How much lower the devices' CPU priority is than the server's (a nice value); 0 for equal.
    public var clientNice = 10
    /// Keep the started server's temporary store and log instead of removing them, to inspect a failure.
    public var keepFiles = false

    public init() {}

    /// Notes the run logs in all: every one must end up on the server exactly once.
    public var expectedNotes: Int { devices * rounds * notesPerRound }
}
