/// The consent rule: contact details stand only beside the consent that was given for them.
///
/// Rule (SyncProtocol.md §3.4): every entry of `contact` whose value is not null needs an entry of
/// `consent` with the same dot whose value is `true`. The write that recorded a contact recorded the
/// resident's consent with it, and that consent entry's write mark (officer, device, time) is the
/// record of who obtained the consent and when. `validationProblem` checks the rule, so the server
/// refuses a push that breaks it and a device refuses such a record on pull.
///
/// Why every copy keeps it, whatever the merge order: two valid records always merge into one
/// that satisfies the rule. In `RecordMerge` an entry survives under a condition that is the same in
/// every field of a record: (1) both sides hold its dot in that field, or (2) one side holds it and
/// the other side's version does not contain the dot. Let A and B be valid and let the merge keep
/// a contact entry (v ≠ null, dot d), held by A say. A is valid, so A holds consent (true, d).
/// - In case (1) B holds contact under d too. A dot names one write, so B's entry is the same
///   (v ≠ null); B is valid, so B holds consent (true, d) as well, and by (1) it survives.
/// - In case (2) B's version does not contain d, so A's consent (true, d) survives by (2).
/// Either way consent (true, d) is in the merge, so the merge is valid. By induction this holds for
/// any number of replicas merged in any order (MergePropertyTests checks it on random histories).
///
/// The one assumption is that a dot names one write, so two replicas never hold different content
/// under one dot. A correct client never produces that and the server refuses it (`tampered_write`);
/// the server also validates every merged record before storing it, so not even a forged pair can
/// leave a contact without its consent in the central store.
///
/// The rule asks nothing of consent alone: consent without contact (a withdrawal, a delete, a note
/// recorded without contact) is always allowed.
extension Record {
    /// A one-line description of the first contact entry without its consent, or nil when every
    /// contact has one. It names the write, never the contact itself.
    func consentProblem() -> String? {
        guard let contact = fields[NoteField.contact.rawValue] else { return nil }
        let consented = Set((fields[NoteField.consent.rawValue]?.entries ?? [])
            .filter { $0.value == .bool(true) }.map(\.dot))
        for entry in contact.entries where !entry.value.isNull && !consented.contains(entry.dot) {
            return "record \(id) field contact carries write \(entry.dot) without consent: "
                + "a contact needs a consent entry set to true by the same write"
        }
        return nil
    }
}
