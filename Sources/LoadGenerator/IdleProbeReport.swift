/// What the idle probe saw: `cap + extra` silent connections, how the server treated each, and whether it stayed up.
public struct IdleProbeReport: Sendable, Encodable {
    public var server = ""
    /// The server's connection cap the probe assumed.
    public var cap = 0
    /// Connections opened beyond the cap.
    public var extra = 0
    /// Connections the server admitted and kept waiting for a request.
    public var held = 0
    /// Connections answered 503 with `Connection: close`.
    public var refused503 = 0
    /// Connections closed without an answer (also a clean refusal).
    public var closedSilently = 0
    /// Connections answered anything else.
    public var otherAnswers = 0
    /// The status of `GET /v1/health` sent on a held connection while the server was full.
    public var healthWhileFull = 0
    /// The status of `GET /v1/health` on a new connection once the probe's connections were closed.
    public var healthAfterRelease = 0
    /// How long after closing them a new connection was served.
    public var secondsToRecover = 0.0
    /// The started server's exit status after SIGTERM; nil for a server given by `--url`.
    public var serverExitStatus: Int32?
    public var failures: [String] = []
    public var passed = false

    /// Fills `failures` and `passed`.
    public mutating func judge() {
        failures = []
        if held != cap { failures.append("the server held \(held) idle connections, not its cap of \(cap)") }
        if refused503 + closedSilently != extra {
            failures.append("\(refused503 + closedSilently) connections over the cap were refused, not \(extra)")
        }
        if otherAnswers > 0 { failures.append("\(otherAnswers) connections got an answer other than 503 with Connection: close") }
        if healthWhileFull != 200 { failures.append("health on a held connection answered \(healthWhileFull), not 200") }
        if healthAfterRelease != 200 { failures.append("health on a new connection after release answered \(healthAfterRelease), not 200") }
        if let status = serverExitStatus, status != 0 { failures.append("the server exited with status \(status)") }
        passed = failures.isEmpty
    }

    public var lines: [String] {
        let prefix = LoadReport.prefix
        return [
            "\(prefix) idle probe on \(server): cap \(cap) + \(extra) idle connections",
            "\(prefix) held \(held), refused 503 \(refused503), closed silently \(closedSilently), other \(otherAnswers)",
            "\(prefix) health while full \(healthWhileFull), after release \(healthAfterRelease) "
                + "(\(Int((secondsToRecover * 1000).rounded())) ms), server exit \(serverExitStatus.map(String.init) ?? "-")",
        ] + failures.map { "\(prefix) FAILED: \($0)" } + ["\(prefix) \(passed ? "PASS" : "FAIL")"]
    }
}
