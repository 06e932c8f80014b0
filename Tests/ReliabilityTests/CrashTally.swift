/// What the crash harness counted over all its kills; the test fails unless every loss count is 0.
struct CrashTally {
    var namedKills = 0
    var randomKills = 0
    /// Random kills that hit a sync still running (the rest came after it had finished).
    var randomKillsMidSync = 0
    var acknowledgedChecked = 0
    var acknowledgedLost = 0
    var cursorChecked = 0
    var cursorAhead = 0
    /// Local records the server lacked, or held older, after the recovering sync.
    var localNotOnServer = 0
    var duplicates = 0
    var vectorMismatches = 0
    var storeFilesChecked = 0
    var integrityFailures = 0
    /// The first problems found, described, for the failure message.
    private(set) var problems: [String] = []

    mutating func note(_ problem: String) {
        if problems.count < 20 { problems.append(problem) }
    }

    var isClean: Bool {
        acknowledgedLost + cursorAhead + localNotOnServer + duplicates + vectorMismatches + integrityFailures == 0
    }

    /// The one line CI shows.
    var summary: String {
        "crash harness: \(namedKills + randomKills) kill points (\(namedKills) named, \(randomKills) random, "
            + "\(randomKillsMidSync) of them mid-sync), \(acknowledgedLost) acknowledged records lost (\(acknowledgedChecked) checks), "
            + "\(cursorAhead) records behind a saved cursor (\(cursorChecked) checks), \(localNotOnServer) local records missing on the server, "
            + "\(duplicates) duplicates, \(vectorMismatches) version vectors differing, "
            + "integrity \(integrityFailures == 0 ? "ok" : "FAILED \(integrityFailures)x") on \(storeFilesChecked) store files"
    }
}
