/// Local writes keep the consent rule (Record+ConsentRule): contact and consent are set together.
///
/// A write gives every field it sets one new dot. Writing contact without consent would leave the
/// new contact without a same-dot consent; writing consent without contact would take away the
/// consent entries that the standing contacts are paired with. So whenever a write sets either
/// field it sets both, completing what the caller left out:
///
/// | given                        | written                                                   |
/// |------------------------------|-----------------------------------------------------------|
/// | contact X                    | contact X, consent true                                   |
/// | contact X, consent false     | contact null, consent false (a withdrawal wins)           |
/// | contact null                 | contact null, consent false                               |
/// | consent false                | contact null, consent false (withdrawing clears contact)  |
/// | consent true                 | the one contact value standing, rewritten with it, or     |
/// |                              | consent alone when no contact stands; with two or more    |
/// |                              | different contacts standing nothing (settle contact first)|
extension Record {
    static let pairedConsentFields = [NoteField.contact.rawValue, NoteField.consent.rawValue]

    /// `changes` with contact and consent completed as the table above says.
    func consentPaired(_ changes: [String: FieldValue]) -> [String: FieldValue] {
        let contactName = NoteField.contact.rawValue, consentName = NoteField.consent.rawValue
        var paired = changes
        switch (changes[contactName], changes[consentName]) {
        case (nil, nil):
            break
        case (let contact?, nil):
            paired[consentName] = .bool(!contact.isNull)
        case (let contact?, let consent?):
            if !contact.isNull && consent != .bool(true) { paired[contactName] = .null }
        case (nil, let consent?):
            guard consent == .bool(true) else {
                paired[contactName] = .null
                break
            }
            let standing = standingContacts
            if standing.count == 1 { paired[contactName] = standing[0] }
            if standing.count > 1 { paired[consentName] = nil }
        }
        return paired
    }

    /// The different contact values (not null) the record holds, in canonical order.
    var standingContacts: [FieldValue] {
        (fields[NoteField.contact.rawValue]?.distinctValues ?? []).filter { !$0.isNull }
    }

    /// Why settling `field` to `value` cannot be done as one write that keeps the consent rule, or nil.
    ///
    /// Settling consent to true rewrites the contact with it; when two or more different contacts
    /// stand, which one the consent is for is a person's choice: they settle contact instead, which
    /// records consent with the value they keep.
    public func consentResolutionProblem(_ field: NoteField, to value: FieldValue) -> String? {
        guard field == .consent, value == .bool(true), standingContacts.count > 1 else { return nil }
        return "note \(id.prefix(8)) holds \(standingContacts.count) different contacts; settle contact instead "
            + "(keeping a contact records consent with it)"
    }
}
