import ArgumentKit

/// A group of rows that `--only` can select: each measures one thing and can run on its own.
enum BenchGroup: String, CaseIterable, Sendable {
    case merge
    case pull
    case cli
    case http
    case scale
    case rate

    /// The groups named in a comma-separated list such as `merge,pull`, with what they need:
    /// the pull reads the store the merge leaves, so `pull` brings `merge` along.
    ///
    /// Throws a one-line usage error naming the unknown group and the known ones.
    static func parse(_ list: String) throws -> Set<BenchGroup> {
        var groups = Set<BenchGroup>()
        for word in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let group = BenchGroup(rawValue: name) else {
                let known = allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandError.usage("--only: unknown group '\(name)'; choose from \(known)")
            }
            groups.insert(group)
        }
        if groups.contains(.pull) { groups.insert(.merge) }
        return groups
    }

    /// Whether the group needs the merge workload and its upsert baseline (built before anything is measured).
    var needsWorkload: Bool {
        self == .merge || self == .pull || self == .http
    }
}
