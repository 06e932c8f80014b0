import FieldCore
import FieldStore
import Testing

/// Subject access matching (SubjectQuery) and the central store's search for it, in memory.
@Suite struct SubjectAccessTests {
    static let anna = Author(device: DeviceID("dev-a"), officer: "Anna", at: Timestamp(milliseconds: 1_790_000_000_000))
    static let bram = Author(device: DeviceID("dev-b"), officer: "Bram", at: Timestamp(milliseconds: 1_790_000_100_000))

    static func note(_ id: String, summary: String = "s", location: String = "Kanaalstraat", tags: [String] = [], contact: String? = nil) -> Record {
        NoteDraft(neighbourhood: "Lombok", location: location, officer: "Anna", topic: "noise", summary: summary, tags: tags, contact: contact)
            .record(id: id, by: anna)
    }

    static func search(_ store: CentralStore, _ text: String) throws -> [String: [String]] {
        let query = try #require(SubjectQuery(text))
        return Dictionary(uniqueKeysWithValues: try store.subjectAccess(query).map { match in
            (match.record.id, match.reasons.map { "\($0.field):\($0.rule.rawValue)" })
        })
    }

    @Test func query_KindAndNormalisation() throws {
        #expect(try #require(SubjectQuery("  06 - 0000  1234 ")).contactKind == .phone)
        #expect(try #require(SubjectQuery("+31 (0)6 0000.1234")).contactKind == .phone)
        #expect(try #require(SubjectQuery("K.Jansen@Example.org")).contactKind == .email)
        #expect(try #require(SubjectQuery("Mrs.  J. Bakker")).text == "Mrs. J. Bakker")
        #expect(try #require(SubjectQuery("12345")).contactKind == .text, "too few digits for a phone number")
        #expect(SubjectQuery("  ") == nil && SubjectQuery("-- !") == nil)
    }

    @Test func contact_MatchesByItsKindOfText() throws {
        let phone = try #require(SubjectQuery("06 0000 1234"))
        #expect(phone.matchesContact("Mrs. J. Bakker, 06-00001234"))
        #expect(phone.matchesContact("call (06) 0000-1234 after five"))
        #expect(!phone.matchesContact("06-000012345") && !phone.matchesContact("Mrs. J. Bakker"))
        let email = try #require(SubjectQuery("k.jansen@example.ORG"))
        #expect(email.matchesContact("Mr K. Jansen <K.Jansen@Example.org>, 06-1"))
        #expect(email.matchesContact("mailto:k.jansen@example.org."))
        #expect(!email.matchesContact("xk.jansen@example.org"))
        let name = try #require(SubjectQuery("j.  bakker"))
        #expect(name.matchesContact("Mrs. J.   Bakker, 06-00001234"))
        #expect(!name.matchesContact("Mrs. J. Bakkerij"))
    }

    @Test func phrase_IsWholeAndCaseInsensitive() throws {
        let query = try #require(SubjectQuery("Bakker"))
        #expect(query.containsPhrase("spoke with mrs BAKKER."))
        #expect(!query.containsPhrase("the bakkerij") && !query.containsPhrase("Bakkers") && !query.containsPhrase("debakker"))
        #expect(query.containsPhrase("bakkerij and Bakker"), "a later occurrence still counts")
        #expect(try #require(SubjectQuery("J. Bakker,")).containsPhrase("Mrs J. Bakker, 06"))
    }

    @Test func store_FindsContactPhraseAlternativesAndTombstonesThatStillMatch() throws {
        let store = try CentralStore.inMemory()
        let contested = Self.note("c1", summary: "Vans at night")
        let left = try #require(contested.writing(["summary": .text("Mr Visser saw vans")], by: Self.anna))
        let right = try #require(contested.writing(["summary": .text("Vans at 8:00")], by: Self.bram))
        let deleted = try #require(Self.note("d1", location: "Visser's garage", contact: "Mr. Visser, 06-55556666")
            .deleting(clearing: NoteField.clearedPersonalFields, by: Self.anna))
        _ = try store.push([Self.note("n1", contact: "Mr. Visser, 06-55556666"), Self.note("n2", tags: ["visser"]),
                            Self.note("n3", summary: "Visserij"), contested, deleted], from: Self.anna.device)
        _ = try store.push([left], from: Self.anna.device)
        _ = try store.push([right], from: Self.bram.device)
        #expect(try store.record(id: "c1")?.value("summary") == .text("Vans at 8:00"), "the matching text is only an alternative")
        #expect(try Self.search(store, "visser") == [
            "n1": ["contact:contact_text"], "n2": ["tags:exact_phrase"], "c1": ["summary:exact_phrase"], "d1": ["location:exact_phrase"],
        ])
        #expect(try Self.search(store, "06 5555 6666") == ["n1": ["contact:contact_phone_digits"]], "the tombstone's contact was cleared")
    }

    @Test func store_QuotesTheFTSPhraseSoNothingIsSyntax() throws {
        let store = try CentralStore.inMemory()
        _ = try store.push([Self.note("q1", summary: "He said \"NEAR\" OR not * ^ (x)")], from: Self.anna.device)
        for text in ["\"NEAR\" OR not", "NEAR(a b)", "x) OR (y", "col:text", "a\"b", "*a", "^not"] {
            #expect(throws: Never.self) { _ = try Self.search(store, text) }
        }
        #expect(try Self.search(store, "said \"NEAR\" OR not") == ["q1": ["summary:exact_phrase"]])
    }
}
