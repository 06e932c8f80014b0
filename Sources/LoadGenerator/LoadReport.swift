/// The figures and verdict of one load run: what `fieldkit-load` prints, as text or `--json`.
public struct LoadReport: Sendable, Encodable {
    public struct Requests: Sendable, Encodable {
        public var total = 0
        public var status2xx = 0
        public var status4xx = 0
        public var status5xx = 0
        /// Error answers by status code.
        public var errorStatuses: [String: Int] = [:]
        /// Requests with no HTTP answer (refused, reset, timed out).
        public var unreachable = 0
        public var badResponses = 0
        /// Answers that said the server's store was busy (`storage_unavailable`, SQLITE_BUSY surfaced).
        public var storageBusy = 0
        /// Syncs that failed and were tried again (or given up).
        public var failedSyncs = 0
    }

    /// What the started server said and left behind; nil fields when loading a server given by `--url`.
    public struct ServerChecks: Sendable, Encodable {
        public var exitStatus: Int32?
        public var integrity: String?
        /// Whether the store file, read after the server stopped, holds exactly the records it served.
        public var storeMatchesFeed: Bool?
        public var logged5xx = 0
        public var loggedHandlerErrors = 0
        public var refusedConnections = 0
    }

    /// How the machine's CPU was shared while the devices played.
    public struct CPU: Sendable, Encodable {
        /// CPU seconds the started server used (nil with `--url`).
        public var serverSeconds: Double?
        /// CPU seconds `fieldkit-load` itself used: the 200 devices' stores, merges and HTTP.
        public var devicesSeconds: Double?
        public var cores = 0
        /// `/proc/loadavg`'s 1-minute figure when the devices started and when they stopped.
        public var loadAverageBefore: Double?
        public var loadAverageAfter: Double?
    }

    public var devices = 0
    public var rounds = 0
    public var notesPerRound = 0
    public var editsPerRound = 0
    public var seed: UInt64 = 0
    public var server = ""
    public var maxConnections: Int?
    /// The nice value the device threads ran at, relative to the server.
    public var clientNice = 0
    public var cpu = CPU()
    /// Seconds from the moment the devices started until the last final sync finished.
    public var wallSeconds = 0.0
    public var requests = Requests()
    /// Latency per request kind (`push`, `pull`) and over all requests (`all`).
    public var latency: [String: LatencySummary] = [:]
    public var recordsPushed = 0
    public var recordsPulled = 0
    /// Records pushed plus pulled per second of wall time.
    public var recordsPerSecond = 0.0
    public var verification = LoadVerification()
    /// Devices whose store, after the final syncs, equals the server: same ids, versions and entries.
    public var devicesEqual = 0
    /// The first difference found between a device and the server, by record id.
    public var firstDifference: String?
    public var serverChecks = ServerChecks()
    /// Devices whose own store failed, or that gave up on a sync, and why.
    public var deviceErrors: [String] = []
    /// One line per failed check; empty when the run passed.
    public var failures: [String] = []
    /// Whether every check passed; set by `judge()`.
    public var passed = false
}
