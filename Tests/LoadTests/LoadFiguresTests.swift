import Testing
@testable import LoadGenerator

/// The figures the load report is built from: percentiles, the server log's tallies, the verdict.
struct LoadFiguresTests {
    @Test func latencySummary_OneToHundred_NearestRankPercentiles() {
        let summary = LatencySummary(milliseconds: (1...100).reversed().map(Double.init))
        #expect(summary.count == 100)
        #expect(summary.p50 == 50 && summary.p99 == 99 && summary.max == 100)
    }

    @Test func latencySummary_OneSample_IsEveryPercentile() {
        let summary = LatencySummary(milliseconds: [7.5])
        #expect(summary.p50 == 7.5 && summary.p99 == 7.5)
        #expect(LatencySummary(milliseconds: []).p99 == 0)
    }

    @Test func serverLogTally_AccessAndRefusalLines_CountsFiveHundredsAndRefusals() {
        let log = """
            2026-01-01T10:00:00Z listening on 127.0.0.1 port 4000
            2026-01-01T10:00:01Z POST /v1/push 200 120B 3ms
            2026-01-01T10:00:01Z POST /v1/push 503 96B 3ms
            2026-01-01T10:00:01Z GET /v1/pull 500 80B 1ms
            2026-01-01T10:00:02Z GET /v1/pull 422 80B 1ms
            2026-01-01T10:00:02Z refused connection: connection limit of 8 reached; answered 503
            2026-01-01T10:00:02Z handler error: SomeError on GET /v1/pull
            """
        let tally = ServerLogTally(lines: log.split(separator: "\n"))
        #expect(tally.serverErrors == 2)
        #expect(tally.refusedConnections == 1)
        #expect(tally.handlerErrors == 1)
    }

    @Test func report_AnyFiveHundredOrBusyAnswer_FailsTheRun() {
        var report = Self.passingReport()
        report.judge()
        #expect(report.passed, "\(report.failures)")
        report.requests.status5xx = 1
        report.requests.storageBusy = 1
        report.judge()
        #expect(!report.passed)
        #expect(report.failures.count == 2)
        #expect(report.lines.last == "fieldkit-load: FAIL")
    }

    @Test func report_DeviceDifferingFromServer_FailsTheRun() {
        var report = Self.passingReport()
        report.devicesEqual = 1
        report.firstDifference = "device 2 holds 1 records, the server 2"
        report.judge()
        #expect(report.failures == ["1 devices differ from the server (first: device 2 holds 1 records, the server 2)"])
    }

    static func passingReport() -> LoadReport {
        var report = LoadReport()
        (report.devices, report.rounds, report.notesPerRound) = (2, 1, 1)
        report.requests.total = 4
        report.requests.status2xx = 4
        report.verification.notesLogged = 2
        report.verification.notesOnServer = 2
        report.devicesEqual = 2
        return report
    }
}
