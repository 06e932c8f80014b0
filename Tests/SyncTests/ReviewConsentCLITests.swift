import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// Consent through the coordinators' CLI: `review show` says who recorded it and when, and
/// `review resolve` settles contact and consent as one write that keeps contact beside its consent.
@Suite struct ReviewConsentCLITests {
    static let hendriks = "dde406e0-8326-4f8a-95c5-6e32e3b6dc24"

    /// Two new contacts written concurrently on two laptops, and a withdrawal on a third.
    static func contest(_ workspace: ReviewWorkspace) throws {
        try workspace.withStore { central in
            let base = try #require(try central.record(id: hendriks))
            let at = ISO8601Format.parse("2026-11-20T10:00Z")!
            let writes: [(String, [String: FieldValue])] = [
                ("laptop-x", ["contact": .text("06-11111111")]), ("laptop-y", ["contact": .text("06-22222222")]),
                ("laptop-z", ["consent": .bool(false)]),
            ]
            for (device, changes) in writes {
                let written = try #require(base.writing(changes, by: Author(device: DeviceID(device), officer: device, at: at)))
                _ = try central.push([written], from: DeviceID(device))
            }
        }
    }

    @Test func show_SaysWhoRecordedConsentAndWhen() throws {
        let workspace = try ReviewWorkspace()
        let shown = try workspace.review(["show", Self.hendriks])
        #expect(shown.stdout.contains("  Contact       Mrs. A. Hendriks, 06-00003317\n"))
        #expect(shown.stdout.contains("  Consent       given by Joost van den Berg on 2026-09-16 12:47 UTC\n"))
    }

    @Test func resolveConsentYes_WithTwoContacts_Exits65AndChangesNothing() throws {
        let workspace = try ReviewWorkspace()
        try Self.contest(workspace)
        let before = try workspace.lastChange()
        let refused = try workspace.review(["resolve", Self.hendriks, "--field", "consent", "--take", "yes"], coordinator: "Carla Smit")
        #expect(refused.status == 65 && refused.stderr.contains("settle contact instead"), "\(refused.stderr)")
        #expect(try workspace.lastChange() == before)
    }

    @Test func resolveContact_RecordsConsentAsTheCoordinator_ConsentNo_RemovesContact() throws {
        let workspace = try ReviewWorkspace()
        try Self.contest(workspace)
        let kept = try workspace.review(["resolve", Self.hendriks, "--field", "contact", "--take", "06-22222222"], coordinator: "Carla Smit")
        #expect(kept.status == 0, "\(kept.stderr)")
        let record = try #require(try workspace.withStore { try $0.record(id: Self.hendriks) })
        #expect(record.validationProblem() == nil && !record.hasConflict && record.value("contact") == .text("06-22222222"))
        #expect(try workspace.review(["show", Self.hendriks]).stdout.contains("  Consent       given by Carla Smit on "))

        let other = try ReviewWorkspace()
        try Self.contest(other)
        let withdrawn = try other.review(["resolve", Self.hendriks, "--field", "consent", "--take", "no"], coordinator: "Carla Smit")
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        let cleared = try #require(try other.withStore { try $0.record(id: Self.hendriks) })
        #expect(cleared.value("contact") == .null && !cleared.hasConflict && !cleared.storedFields.contains("06-"))
    }
}
