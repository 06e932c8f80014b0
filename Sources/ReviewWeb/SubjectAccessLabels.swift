import FieldStore

/// The words of the subject access page (SubjectAccessPage) in one language; field names, values
/// and the consent sentence come from the review pages' `Labels`, so both say them the same way.
struct SubjectAccessLabels: Sendable {
    let title: String
    let intro: String
    let searchedFor: String
    let requestedBy: String
    let producedAt: String
    let notesMatching: String
    let timesNote: @Sendable (_ zone: String) -> String
    let howMatchedTitle: String
    let contactRules: [SubjectQuery.ContactKind: String]
    let freeTextRule: String
    let noNotesMatch: String
    let noteHeading: @Sendable (_ id: String) -> String
    let stand: String
    let status: String
    let deletedStatus: String
    let keptStatus: String
    let matchedOn: String
    let ruleNames: [SubjectMatch.Reason.Rule: String]
    let fieldsHeldTitle: String
    let field: String
    let value: String
    let writtenBy: String
    let matched: String
    let historyTitle: String

    static func of(_ language: Language) -> SubjectAccessLabels {
        language == .dutch ? .dutch : .english
    }

    static let english = SubjectAccessLabels(
        title: "Subject access export",
        intro: "Everything this FieldKit server holds that matches the resident's details below: each matching note in full, who changed it and when, and the consent recorded.",
        searchedFor: "Searched for", requestedBy: "Requested by", producedAt: "Produced at", notesMatching: "Notes matching",
        timesNote: { "Times are the server's local time (\($0))." },
        howMatchedTitle: "How notes were matched",
        contactRules: [
            .phone: "Contact: the same phone number, comparing digits only (spaces, dashes and brackets are ignored).",
            .email: "Contact: the same e-mail address, ignoring upper and lower case.",
            .text: "Contact: holds the text as a whole phrase, ignoring case and extra spaces.",
        ],
        freeTextRule: "Summary, follow-up, location and tags: hold exactly the text searched for as a whole phrase (upper and lower case ignored; part of a word does not count).",
        noNotesMatch: "No notes match.",
        noteHeading: { "Note \($0)" },
        stand: "Stand", status: "Status", deletedStatus: "deleted: its personal fields were cleared", keptStatus: "kept",
        matchedOn: "Matched on",
        ruleNames: [
            .contactPhone: "phone number", .contactEmail: "e-mail address", .contactText: "contact text", .exactPhrase: "exact phrase",
        ],
        fieldsHeldTitle: "Fields held", field: "Field", value: "Value", writtenBy: "Written by", matched: "matched",
        historyTitle: "Change history")

    static let dutch = SubjectAccessLabels(
        title: "Inzageverzoek: export",
        intro: "Alles wat deze FieldKit-server bewaart dat overeenkomt met de gegevens van de bewoner hieronder: elke gevonden notitie volledig, wie haar wanneer wijzigde, en de vastgelegde toestemming.",
        searchedFor: "Gezocht op", requestedBy: "Aangevraagd door", producedAt: "Gemaakt op", notesMatching: "Gevonden notities",
        timesNote: { "Tijden zijn de lokale tijd van de server (\($0))." },
        howMatchedTitle: "Hoe notities zijn gevonden",
        contactRules: [
            .phone: "Contact: hetzelfde telefoonnummer, alleen de cijfers vergeleken (spaties, streepjes en haakjes tellen niet).",
            .email: "Contact: hetzelfde e-mailadres, hoofd- en kleine letters gelijk.",
            .text: "Contact: bevat de tekst als geheel, hoofd- en kleine letters en extra spaties gelijk.",
        ],
        freeTextRule: "Samenvatting, opvolging, locatie en tags: bevatten precies de gezochte tekst als geheel (hoofd- en kleine letters gelijk; een deel van een woord telt niet).",
        noNotesMatch: "Er zijn geen notities gevonden.",
        noteHeading: { "Notitie \($0)" },
        stand: "Stand", status: "Status", deletedStatus: "verwijderd: de persoonlijke velden zijn gewist", keptStatus: "bewaard",
        matchedOn: "Gevonden op",
        ruleNames: [
            .contactPhone: "telefoonnummer", .contactEmail: "e-mailadres", .contactText: "contacttekst", .exactPhrase: "exacte tekst",
        ],
        fieldsHeldTitle: "Bewaarde velden", field: "Veld", value: "Waarde", writtenBy: "Geschreven door", matched: "gevonden",
        historyTitle: "Wijzigingsgeschiedenis")
}
