import Foundation

/// What a subject access request searches for, and the rules by which a note matches it.
///
/// A resident asks for everything held about them, giving their contact details. A note matches
/// - by its **contact** field, compared normalised by the kind of text given:
///   a phone number (only digits, spaces and `+ - ( ) . /`, at least 6 digits) compares digits
///   only, so "06 0000 1234" finds "06-00001234"; an e-mail address compares lower-cased with each
///   address-like word of the contact; any other text (a name) must occur in the contact as a whole
///   phrase, case-insensitively, with runs of white space counted as one space;
/// - by its **free text** (summary, follow-up, location, tags) only where the exact text occurs as
///   a whole phrase, case-insensitively: "Bakker" finds "Mrs Bakker," but not "Bakkerij".
/// Every value a note holds counts, the alternatives of a conflict included.
public struct SubjectQuery: Sendable, Equatable {
    /// How the contact field is compared, decided by what the text looks like.
    public enum ContactKind: String, Sendable {
        case phone
        case email
        case text
    }

    /// The fields searched for the exact phrase.
    public static let freeTextFields = ["summary", "follow_up", "location", "tags"]
    static let phoneCharacters = Set("0123456789+-()./ \t")
    static let minimumPhoneDigits = 6

    /// The text as given, trimmed, with runs of white space made one space.
    public let text: String
    public let contactKind: ContactKind
    private let phrase: String
    private let digits: String

    /// The query for `raw`, or nil when it holds no letter or digit to search for.
    public init?(_ raw: String) {
        text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        phrase = text.lowercased()
        digits = String(text.filter(Self.isDigit))
        if text.allSatisfy(Self.phoneCharacters.contains) && digits.count >= Self.minimumPhoneDigits {
            contactKind = .phone
        } else if text.contains("@") && !text.contains(" ") {
            contactKind = .email
        } else {
            contactKind = .text
        }
    }

    /// Whether a contact value names this resident, by the rule of `contactKind`.
    public func matchesContact(_ contact: String) -> Bool {
        switch contactKind {
        case .phone:
            return Self.phoneRuns(contact).contains { String($0.filter(Self.isDigit)) == digits }
        case .email:
            let separators = Set(" \t\n,;<>()\"'")
            return contact.lowercased().split(whereSeparator: separators.contains)
                .map { $0.hasPrefix("mailto:") ? $0.dropFirst(7) : $0 }
                .contains { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".:")) == phrase }
        case .text:
            return containsPhrase(contact)
        }
    }

    /// Whether `value` holds the text as a whole phrase: case-insensitive, white space runs as one
    /// space, and no letter or digit joined to either end where the text itself ends in one.
    public func containsPhrase(_ value: String) -> Bool {
        let haystack = value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        var searchStart = haystack.startIndex
        while let found = haystack.range(of: phrase, range: searchStart..<haystack.endIndex) {
            if isWholePhrase(found, in: haystack) { return true }
            searchStart = haystack.index(after: found.lowerBound)
        }
        return false
    }

    private func isWholePhrase(_ range: Range<String.Index>, in haystack: String) -> Bool {
        let joinedBefore = range.lowerBound > haystack.startIndex
            && Self.isWordCharacter(haystack[haystack.index(before: range.lowerBound)])
        let joinedAfter = range.upperBound < haystack.endIndex && Self.isWordCharacter(haystack[range.upperBound])
        let startsWithWord = phrase.first.map(Self.isWordCharacter) ?? false
        let endsWithWord = phrase.last.map(Self.isWordCharacter) ?? false
        return !(startsWithWord && joinedBefore) && !(endsWithWord && joinedAfter)
    }

    /// 0 to 9 only: digits of other scripts are not part of a phone number's comparison.
    static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Stretches of phone characters holding at least the minimum of digits: the phone numbers a contact may hold.
    static func phoneRuns(_ contact: String) -> [Substring] {
        contact.split(whereSeparator: { !phoneCharacters.contains($0) })
            .filter { $0.filter(Self.isDigit).count >= minimumPhoneDigits }
    }

    /// An FTS5 query for the phrase in the free-text columns: the text as one quoted string (a
    /// double quote inside doubled), so that nothing in it is read as query syntax.
    var ftsQuery: String {
        "{" + Self.freeTextFields.joined(separator: " ") + "} : \"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
