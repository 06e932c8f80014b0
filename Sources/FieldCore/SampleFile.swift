import Foundation

/// The Fixtures sample format (`fieldkit-sample/1`): officers, stands and notes in plain JSON.
///
/// `fieldkit import` and the tests load it. Ids and times are kept as written, so an import
/// is repeatable and two devices importing the same file hold the same notes.
public struct SampleFile: Decodable, Sendable {
    public static let format = "fieldkit-sample/1"

    public struct SampleStand: Decodable, Sendable {
        public let id: String
        public let neighbourhood: String
        public let location: String
        public let latitude: Double?
        public let longitude: Double?
        public let openedAt: String
        public let closedAt: String?
        public let officer: String
    }

    public struct SampleNote: Decodable, Sendable {
        public let id: String
        public let standID: String?
        public let recordedAt: String
        public let officer: String
        public let topic: String
        public let summary: String
        public let tags: [String]
        public let mood: Mood
        public let followUp: String?
        public let followUpStatus: FollowUpStatus?
        public let contact: String?
        public let consent: Bool
        public let participants: Int?

        // Spelled out because convertFromSnakeCase would look for `standId`.
        enum CodingKeys: String, CodingKey {
            case id, recordedAt, officer, topic, summary, tags, mood, followUp, followUpStatus, contact, consent, participants
            case standID = "standId"
        }
    }

    public let format: String
    public let officers: [String]
    public let stands: [SampleStand]
    public let notes: [SampleNote]

    /// Decodes and checks a sample file; the error names the first problem found.
    public static func load(_ data: Data) throws -> SampleFile {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let file = try decoder.decode(SampleFile.self, from: data)
        guard file.format == format else { throw SampleFileError("unsupported format '\(file.format)'; expected \(format)") }
        return file
    }
}

/// A problem with a sample file's content, in one line.
public struct SampleFileError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
