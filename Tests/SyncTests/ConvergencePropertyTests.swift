import FieldCore
import FieldStore
import Foundation
import SyncClient
import Testing
import TestSupport

/// Random create/edit/delete/resolve on 3 to 8 devices with duplicated, reordered, interrupted
/// pushes and pulls; after every device syncs twice, all replicas equal the server and no write is lost.
@Suite struct ConvergencePropertyTests {
    static var scheduleCount: Int {
        ProcessInfo.processInfo.environment["FIELDKIT_SCHEDULES"].flatMap(Int.init) ?? 1000
    }

    @Test func randomSchedules_ConvergeWithoutLosingWrites() throws {
        let seed = ProcessInfo.processInfo.environment["FIELDKIT_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)
        var generator = SeededGenerator(seed: seed)
        var totals = ScheduleRunner.Totals()
        for schedule in 0..<Self.scheduleCount {
            let scheduleSeed = generator.next()
            var runner = try ScheduleRunner(seed: scheduleSeed)
            try runner.runRandomSteps()
            try runner.syncEveryDevice()
            try runner.resolveSomeConflicts()
            try runner.runRandomSteps()
            try runner.settle()
            let problems = try runner.problems()
            #expect(problems.isEmpty, "schedule \(schedule) (FIELDKIT_SEED=\(seed), schedule seed \(scheduleSeed)): \(problems.prefix(3))")
            totals.add(runner.totals)
            if !problems.isEmpty { break }
        }
        print("convergence: \(Self.scheduleCount) schedules, seed \(seed) (replay with FIELDKIT_SEED=\(seed)); \(totals)")
    }
}
