import Foundation
import TestSupport

/// Shell scripts run in a private mount namespace (`unshare -m`), where a tmpfs or a bind mount
/// gives a real full or read-only file system without touching the machine's own mounts.
///
/// Needs root with CAP_SYS_ADMIN; tests that use it are skipped where `isAvailable` is false.
enum MountNamespace {
    /// Whether a tmpfs can be mounted in a new mount namespace here; probed once.
    static let isAvailable: Bool = {
        let folder = TemporaryFolder(prefix: "fieldkit-mount-probe")
        let probe = try? run(#"mount -t tmpfs -o size=64k tmpfs "$1""#, [folder.path])
        return probe?.status == 0
    }()

    /// Runs `script` with `sh -c` in a new mount namespace; `arguments` are its `$1`, `$2`, ...
    static func run(_ script: String, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/unshare"), launcher(script, arguments))
    }

    /// The `unshare` arguments that run `script` in a new mount namespace (for a `Process` of our own).
    static func launcher(_ script: String, _ arguments: [String]) -> [String] {
        ["-m", "sh", "-c", script, "fieldkit-test"] + arguments
    }

    /// Runs a program inside the mount namespace of the running process `pid`.
    static func enter(_ pid: Int32, _ executable: String, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/nsenter"), ["-t", String(pid), "-m", executable] + arguments)
    }

    /// Runs `command` with `folder` bind-mounted read-only at `folder-ro`; `{ro}` in `command` stands for that path.
    static func onReadOnlyMount(_ folder: String, _ command: [String]) throws -> ProcessResult {
        let mounted = folder + "-ro"
        try FileManager.default.createDirectory(atPath: mounted, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: mounted) }
        let script = #"mount --bind "$1" "$2" && mount -o remount,bind,ro "$2" && shift 2 && exec "$@""#
        return try run(script, [folder, mounted] + command.map { $0.replacingOccurrences(of: "{ro}", with: mounted) })
    }
}
