import Foundation

/// System tools the benchmark drives (wrk, nginx), looked up on `PATH` and in the sbin folders
/// where packages put daemons, which an ordinary user's `PATH` often lacks.
enum ToolPath {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/bin", "/usr/local/bin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
