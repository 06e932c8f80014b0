import Foundation
import Testing

/// Consent on the officer's laptop: recorded with the contact, withdrawn with `edit --no-consent`,
/// and shown by `show` as who recorded it and when.
@Suite struct CLIConsentTests {
    static let contact = "Mrs. J. Bakker, 06-00001234"

    static func consentLine(_ output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix("  Consent ") }.map(String.init)
    }

    static func hasTime(_ line: String, after prefix: String) -> Bool {
        line.range(of: prefix + #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"#, options: .regularExpression) != nil
    }

    @Test func show_SaysWhoRecordedConsentAndWhen() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let id = try workspace.log(extra: ["--contact", Self.contact, "--consent"])
        let shown = try workspace.run(["show", id])
        #expect(shown.status == 0 && shown.stdout.contains("  Contact       \(Self.contact)\n"))
        let line = try #require(Self.consentLine(shown.stdout))
        #expect(Self.hasTime(line, after: "  Consent       given by Sanne on "), "\(line)")
        let plain = try workspace.run(["show", try workspace.log()])
        #expect(Self.consentLine(plain.stdout) == nil, "a note recorded without contact has no consent to show")
    }

    @Test func editNoConsent_WithdrawsAndRemovesTheContact() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let id = try workspace.log(extra: ["--contact", Self.contact, "--consent"])
        let edited = try workspace.run(["edit", String(id.prefix(8)), "--no-consent"])
        #expect(edited.status == 0 && edited.stdout.hasPrefix("Updated \(id.prefix(8)) (consent, contact)"), "\(edited.stderr)")
        let shown = try workspace.run(["show", id])
        #expect(!shown.stdout.contains("Bakker") && !shown.stdout.contains("  Contact "))
        #expect(Self.hasTime(try #require(Self.consentLine(shown.stdout)), after: "  Consent       withdrawn by Sanne on "))
        let json = try workspace.json(try workspace.run(["show", id, "--json"])) as? [String: Any]
        #expect(json?["contact"] is NSNull && json?["consent"] as? Bool == false)
        #expect(try workspace.run(["edit", id, "--no-consent"]).stdout.hasPrefix("No change to \(id.prefix(8))"))
    }

    @Test func editNoConsent_WithConsentOrContact_Exits64AndChangesNothing() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let id = try workspace.log(extra: ["--contact", Self.contact, "--consent"])
        let before = workspace.snapshot()
        for extra in [["--consent"], ["--contact", "06-1", "--consent"], ["--contact", ""]] {
            let result = try workspace.run(["edit", id, "--no-consent"] + extra)
            #expect(result.status == 64 && result.stderr.contains("--no-consent"), "\(extra)")
            #expect(result.stderr.split(separator: "\n").count <= 2)
        }
        let withoutConsent = try workspace.run(["edit", id, "--contact", "06-22223333"])
        #expect(withoutConsent.status == 64 && withoutConsent.stderr.contains("--consent"))
        #expect(workspace.snapshot() == before)
    }

    @Test func editContactWithConsent_RecordsConsentAgain() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let id = try workspace.log()
        let edited = try workspace.run(["edit", id, "--contact", "k@example.org", "--consent"])
        #expect(edited.status == 0 && edited.stdout.hasPrefix("Updated \(id.prefix(8)) (consent, contact)"))
        let shown = try workspace.run(["show", id]).stdout
        #expect(shown.contains("  Contact       k@example.org\n"))
        #expect(Self.hasTime(try #require(Self.consentLine(shown)), after: "  Consent       given by Sanne on "))
    }
}
