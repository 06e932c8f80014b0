import CrashPoints
import Foundation
import Testing
import TestSupport

/// Kills `fieldkit sync` and `fieldkit-server serve` with SIGKILL at every named crash point and at
/// random moments, then restarts, syncs again and checks that nothing acknowledged was lost, no
/// cursor ran ahead of its data, nothing was duplicated, versions agree and every store is sound.
@Suite(.serialized) struct CrashHarnessTests {
    /// Records per push batch and pull page: small, so each sync passes several checkpoints.
    static let batchSize = 20
    /// Notes the syncing device adds before a named kill (about three push batches with its edits).
    static let notesPerNamedKill = 45
    /// Notes before a random kill: enough for the sync to take longer than the longest delay.
    static let notesPerRandomKill = 150
    /// The random delays, in milliseconds after `fieldkit sync` started.
    static let randomDelays = 20...400

    /// Every named point at least once, some at a later passage (a later batch or page).
    static let namedCases: [CrashCase] = [
        .point(.clientPushAfterAnswer, 1, device: 0),
        .point(.clientPushAfterAnswer, 3, device: 1),
        .point(.clientPushAcknowledgeBeforeCommit, 2, device: 2),
        .point(.clientPushBetweenBatches, 1, device: 0),
        .point(.clientPushBetweenBatches, 2, device: 1),
        .point(.clientPullBeforeCommit, 1, device: 2),
        .point(.clientPullBeforeCommit, 3, device: 0),
        .point(.clientPullAfterCommit, 2, device: 1),
        .point(.serverPushMidMerge, 5, device: 2),
        .point(.serverPushMidMerge, 27, device: 0),
        .point(.serverPushBeforeCommit, 2, device: 1),
        .point(.serverPushAfterCommit, 1, device: 2),
        .point(.serverPushAfterCommit, 3, device: 0),
        .point(.serverPullAfterRead, 2, device: 1),
    ]

    @Test func sync_KilledAtEveryPointAndAtRandom_LosesNothingAndDuplicatesNothing() throws {
        let world = try CrashWorld(deviceNames: ["anna", "bram", "cas"], batchSize: Self.batchSize, generator: .make())
        var cases = Self.namedCases
        for (index, victim) in [CrashCase.Victim.client, .server, .client, .server, .client, .server].enumerated() {
            cases.append(world.randomCase(victim: victim, device: index % 3, within: Self.randomDelays))
        }
        for crash in cases {
            try world.prepareWorkload(for: crash.device, newNotes: crash.isNamed ? Self.notesPerNamedKill : Self.notesPerRandomKill)
            try world.run(crash)
        }
        try world.finish()
        print(world.tally.summary)
        let named = Set(Self.namedCases.compactMap { if case .point(let name, _) = $0.trigger { name } else { nil } })
        #expect(named == Set(CrashPointName.allCases), "every crash point is exercised")
        #expect(world.tally.namedKills == Self.namedCases.count)
        #expect(world.tally.acknowledgedChecked > 0 && world.tally.cursorChecked > 0, "the checks had something to check")
        let clean = world.tally.isClean
        #expect(clean, "\(world.tally.problems.joined(separator: "\n"))")
    }
}
