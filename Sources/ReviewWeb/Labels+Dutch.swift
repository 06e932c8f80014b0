import FieldCore

/// The review pages in Dutch, for browsers that ask for nl, nl-NL or nl-BE.
extension Labels {
    static let dutch = Labels(
        appName: "FieldKit overzicht",
        navNotes: "Notities", navFollowUps: "Opvolging", navReport: "Rapport", signOut: "Afmelden",
        signedInAs: { "Aangemeld als \($0)" },
        none: "—", yes: "ja", no: "nee", any: "alle",

        signInTitle: "Aanmelden",
        signInIntro: "Meld je aan met je coördinatortoken. Je beheerder maakt er een met 'fieldkit-server enroll --role coordinator'.",
        tokenLabel: "Coördinatortoken", signInButton: "Aanmelden",
        tokenInvalid: "Dit token is niet geldig. Controleer of je het helemaal hebt gekopieerd.",
        tokenRevoked: "Dit token is ingetrokken. Vraag je beheerder om een nieuw token.",
        officerTokenTitle: "Alleen voor coördinatoren",
        officerTokenMessage: "Dit is het token van een agent: daarmee synchroniseert een laptop, maar kun je geen notities beoordelen. Meld je aan met een coördinatortoken, of vraag je beheerder erom.",

        forbiddenTitle: "Niet toegestaan",
        formRejected: "Dit formulier kon niet worden aanvaard: het is verlopen of kwam niet van deze pagina's. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
        notFoundTitle: "Niet gevonden", noteNotFound: "Er is geen notitie met dit id.",
        conflictTitle: "Al gewijzigd",
        noteChanged: "Iemand heeft deze notitie intussen gewijzigd, of ze is verwijderd. Laad haar opnieuw om de huidige stand te zien.",
        errorTitle: "Er ging iets mis",
        errorMessage: "De server kon dit niet uitvoeren. Er is niets gewijzigd; probeer het zo opnieuw.",
        backToNotes: "Terug naar de notities",

        notesTitle: "Notities", filtersTitle: "Filters", search: "Zoeken", from: "Van", to: "Tot en met",
        hasConflict: "Heeft een conflict", applyFilters: "Toon notities", clearFilters: "Filters wissen",
        noNotesMatch: "Geen notities voldoen aan deze filters.",
        notesShown: { first, last, total in "Notities \(first)–\(last) van \(total)" },
        previousPage: "← Vorige", nextPage: "Volgende →",
        dateNotUnderstood: { "De datum “\($0)” is niet begrepen en wordt genegeerd; gebruik JJJJ-MM-DD." },
        date: "Datum", inConflict: "conflict", deleted: "verwijderd",

        noteTitle: { "Notitie: \($0)" },
        fieldsTitle: "Velden", historyTitle: "Versiegeschiedenis", mergedAt: "Samengevoegd op", source: "Bron",
        writes: "Wijzigingen", device: "Apparaat", time: "Tijd", changedFields: "Velden",
        conflictsWaiting: { $0 == 1 ? "1 veld heeft een conflict." : "\($0) velden hebben een conflict." },
        settleConflicts: "Conflicten oplossen",
        recordedInFuture: { "Vastgelegde tijd lijkt niet te kloppen: \(dutch($0)) in de toekomst volgens de klok van deze laptop" },
        recordedBeforeEnrollment: { "Vastgelegde tijd lijkt niet te kloppen: \(dutch($0)) voordat deze laptop werd aangemeld" },

        conflictsTitle: "Conflicten oplossen",
        conflictsIntro: "Twee mensen hebben hetzelfde veld gewijzigd. Kies de waarde die blijft, of schrijf een nieuwe. Je keuze gaat bij de volgende synchronisatie naar alle agenten.",
        writtenBy: { officer, device, time in "door \(officer) op \(device), \(time)" },
        newValue: "Een nieuwe waarde:", newValueHint: "Tags: gescheiden door komma's. Datums: JJJJ-MM-DD.",
        saveResolution: "Opslaan",
        noConflicts: "Deze notitie heeft geen conflicten meer.",
        pickAValue: "Kies een waarde voor minstens één veld.",
        valueNotValid: { "Dat is geen geldige waarde voor “\($0)”." },
        notResolvableHere: "Deze server kent dit veld niet; het kan hier niet worden opgelost.",

        consentGiven: { officer, time in "gegeven, vastgelegd door \(officer) op \(time)" },
        consentWithdrawn: { officer, time in "ingetrokken, vastgelegd door \(officer) op \(time)" },
        consentClearedByDelete: { officer, time in "gewist toen \(officer) de notitie verwijderde op \(time)" },
        consentNotGiven: "niet gegeven",
        consentNeedsContact: "Toestemming hoort bij één contact, en deze notitie heeft er meerdere. Kies het contact dat blijft: de toestemming wordt daarmee vastgelegd.",

        followUpsTitle: "Opvolging", columnOpen: "Open", columnOverdue: "Te laat", columnDone: "Afgerond",
        owner: "Eigenaar", due: "Uiterlijk", unassigned: "niet toegewezen", save: "Opslaan", markDone: "Afronden",
        reopen: "Heropenen", noCards: "Niets hier.",
        firstOfMany: { shown, total in "De eerste \(shown) van \(total)." },

        reportTitle: "Rapport",
        weeklyChartTitle: "Notities per week per wijk",
        weeklyChartDescription: { weeks, places in "Gestapelde staven: notities in elk van \(weeks) weken, verdeeld over \(places) wijken." },
        topicChartTitle: "Onderwerpen per wijk",
        topicChartDescription: { "Staven: notities per onderwerp in \($0)." },
        barTitle: { group, series, notes in "\(group), \(series): \(notes) notities" },
        moreTopics: { $0 == 1 ? "en nog 1 onderwerp" : "en nog \($0) onderwerpen" },
        weekOf: "Week van", total: "Totaal", byNeighbourhood: "Per wijk", byTopic: "Per onderwerp", byWeek: "Per week",
        notes: "Notities", openFollowUps: "Open opvolging", overdueFollowUps: "Te laat",

        fieldNames: [
            .standID: "Stand", .neighbourhood: "Wijk", .location: "Locatie", .recordedAt: "Vastgelegd op",
            .officer: "Agent", .topic: "Onderwerp", .summary: "Samenvatting", .tags: "Tags", .mood: "Stemming",
            .followUp: "Opvolging", .followUpStatus: "Status opvolging", .followUpOwner: "Eigenaar opvolging",
            .followUpDue: "Opvolging uiterlijk", .contact: "Contact", .consent: "Toestemming", .participants: "Deelnemers",
            .deleted: "Verwijderd",
        ],
        moods: [.positive: "positief", .neutral: "neutraal", .concerned: "bezorgd"],
        statuses: [.open: "open", .done: "afgerond"])

    /// `12 minuten`, `1 dag`: a span in Dutch words.
    private static func dutch(_ span: AgePeriod) -> String {
        let (one, many) = switch span.unit {
        case .seconds: ("seconde", "seconden")
        case .minutes: ("minuut", "minuten")
        case .hours: ("uur", "uur")
        case .days: ("dag", "dagen")
        case .weeks: ("week", "weken")
        case .years: ("jaar", "jaar")
        }
        return "\(span.count) \(span.count == 1 ? one : many)"
    }
}
