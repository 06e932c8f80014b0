import Foundation

/// Figures from `/proc/<pid>/status`, read as a file (the kernel's text, no system call of ours).
enum ProcStatus {
    /// Peak resident set size (`VmHWM`) of process `pid` in bytes, or nil when it cannot be read.
    ///
    /// `VmHWM` is the kernel's high-water mark of the process's resident memory since it started,
    /// so one read after the work gives the peak during it, however short the spike.
    static func peakResidentBytes(of pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        return kilobytes("VmHWM", in: text).map { $0 * 1024 }
    }

    /// The real user id of this process (`Uid:` first field), or nil when it cannot be read.
    static func ownUserID() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return field("Uid", in: text)?.split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
    }

    /// The number in a line such as `VmHWM:     12345 kB`.
    static func kilobytes(_ name: String, in text: String) -> Int? {
        guard let value = field(name, in: text) else { return nil }
        let words = value.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, let number = Int(first), words.dropFirst().first == "kB" else { return nil }
        return number
    }

    /// What follows `name:` on its line, trimmed.
    static func field(_ name: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
