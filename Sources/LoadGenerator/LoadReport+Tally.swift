/// Filling the report's request figures from the devices' tally.
extension LoadReport {
    mutating func record(_ tally: LoadMetrics.Tally, wallSeconds: Double) {
        self.wallSeconds = wallSeconds
        requests.total = tally.requests
        requests.status2xx = tally.statusClasses[2] ?? 0
        requests.status4xx = tally.statusClasses[4] ?? 0
        requests.status5xx = tally.statusClasses[5] ?? 0
        requests.errorStatuses = Dictionary(uniqueKeysWithValues: tally.errorStatuses.map { (String($0.key), $0.value) })
        requests.unreachable = tally.unreachable
        requests.badResponses = tally.badResponses
        requests.storageBusy = tally.storageBusy
        requests.failedSyncs = tally.failedSyncs
        for kind in RequestKind.allCases {
            latency[kind.rawValue] = LatencySummary(milliseconds: tally.latencies[kind] ?? [])
        }
        latency["all"] = LatencySummary(milliseconds: tally.latencies.values.flatMap { $0 })
        recordsPushed = tally.pushedRecords
        recordsPulled = tally.pulledRecords
        recordsPerSecond = wallSeconds > 0 ? Double(recordsPushed + recordsPulled) / wallSeconds : 0
    }
}
