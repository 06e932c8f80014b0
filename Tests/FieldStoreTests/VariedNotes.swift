import FieldCore
import FieldStore
import TestSupport

/// A central store filled with notes that differ in everything the report counts by, then
/// changed every way a real store is: edits that move notes between weeks, neighbourhoods, topics,
/// moods and follow-up states, deletes, conflicts between two devices, and coordinators' writes.
struct VariedNotes {
    static let day: Int64 = 86_400_000
    /// "Now" for the writes and the reports: 2026-09-21, a Monday.
    static let now = Timestamp(milliseconds: 1_790_000_000_000 / day * day)
    static let deviceA = DeviceID("dev-a")
    static let deviceB = DeviceID("dev-b")
    /// Letter case, canonically equal but different bytes (é and e + accent), empty, absent, not text.
    static let neighbourhoods: [FieldValue] = [
        .text("Lombok"), .text("lombok"), .text("Zuilen"), .text("Café"), .text("Cafe\u{301}"), .text(""), .null, .number(3),
    ]
    static let topics: [FieldValue] = [.text("parking"), .text("Parking"), .text("noise"), .text("litter"), .text(""), .null]
    static let moods: [FieldValue] = Mood.allCases.map { .text($0.rawValue) } + [.text("angry"), .null]
    static let statuses: [FieldValue] = [.text("open"), .text("open"), .text("done"), .text("later"), .null]

    let store: CentralStore
    private var random: SeededGenerator
    /// Each note as device A last wrote it.
    private(set) var held: [String: Record] = [:]

    init(store: CentralStore, seed: UInt64) {
        self.store = store
        random = SeededGenerator(seed: seed)
    }

    /// `count` new notes from device A.
    mutating func create(_ count: Int) throws {
        let start = held.count
        let records = (start..<start + count).map { index in
            Record.created(id: "note-\(index)", kind: .note, values: [
                "neighbourhood": pick(Self.neighbourhoods), "topic": pick(Self.topics), "mood": pick(Self.moods),
                "follow_up_status": pick(Self.statuses), "follow_up_due": due(), "recorded_at": recordedAt(),
                "officer": .text(["Sanne", "Bram"][index % 2]), "summary": .text("note \(index)"), "tags": .list(["evening"]),
            ], by: author(Self.deviceA))
        }
        try pushFromA(records)
    }

    /// Device A changes `count` notes, each in one to three of the counted fields.
    mutating func edit(_ count: Int) throws {
        var edited: [Record] = []
        for record in someHeld(count) {
            var changes: [String: FieldValue] = [:]
            for field in ["neighbourhood", "topic", "mood", "follow_up_status", "recorded_at", "summary"]
                .shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)) {
                changes[field] = value(of: field)
            }
            if let record = record.writing(changes, by: author(Self.deviceA)) { edited.append(record) }
        }
        try pushFromA(edited)
    }

    private mutating func value(of field: String) -> FieldValue {
        switch field {
        case "neighbourhood": return pick(Self.neighbourhoods)
        case "topic": return pick(Self.topics)
        case "mood": return pick(Self.moods)
        case "follow_up_status": return pick(Self.statuses)
        case "recorded_at": return recordedAt()
        default: return .text("edited")
        }
    }

    /// Device A deletes `count` notes.
    mutating func delete(_ count: Int) throws {
        let deleted = someHeld(count).compactMap { $0.deleting(clearing: NoteField.clearedPersonalFields, by: author(Self.deviceA)) }
        try pushFromA(deleted)
    }

    /// Device B changes, or deletes, `count` notes as the server holds them while device A changes
    /// the same field of its own copy: the server keeps both values, a conflict.
    mutating func conflict(_ count: Int) throws {
        var fromB: [Record] = [], fromA: [Record] = []
        for record in someHeld(count) {
            guard let server = try store.record(id: record.id) else { continue }
            let field = ["neighbourhood", "mood", "topic", "deleted"].randomElement(using: &random)!
            let theirs = field == "deleted" ? server.deleting(clearing: [:], by: author(Self.deviceB))
                : server.writing([field: .text("from-b")], by: author(Self.deviceB))
            let mine = field == "deleted" ? record.writing(["summary": .text("kept")], by: author(Self.deviceA))
                : record.writing([field: .text("from-a")], by: author(Self.deviceA))
            if let theirs, let mine { (fromB, fromA) = (fromB + [theirs], fromA + [mine]) }
        }
        _ = try store.push(fromB, from: Self.deviceB, at: Self.now)
        try pushFromA(fromA)
    }

    /// A coordinator reassigns the topic and settles the follow-up of `count` live notes.
    mutating func coordinate(_ count: Int) throws {
        for record in someHeld(count) where try store.record(id: record.id)?.isDeleted == false {
            _ = try store.write(id: record.id, changes: [.topic: pick(Self.topics), .followUpStatus: .text("done")],
                                by: CoordinatorActor.author("Carla", at: Self.now))
        }
    }

    private mutating func pushFromA(_ records: [Record]) throws {
        _ = try store.push(records, from: Self.deviceA, at: Self.now)
        for record in records { held[record.id] = record }
    }

    private mutating func someHeld(_ count: Int) -> [Record] {
        Array(held.values.sorted { $0.id < $1.id }.shuffled(using: &random).prefix(count))
    }

    private mutating func pick(_ values: [FieldValue]) -> FieldValue {
        values.randomElement(using: &random)!
    }

    /// Mostly within 30 weeks around `now`; also exactly on Mondays, before 1970, and missing.
    private mutating func recordedAt() -> FieldValue {
        let nowDay = Self.now.milliseconds / Self.day
        let monday = (nowDay - (nowDay + 3) % 7) * Self.day
        switch Int.random(in: 0..<20, using: &random) {
        case 0: return .null
        case 1: return .number(Double(-Int64.random(in: 0...(20 * Self.day), using: &random)))
        case 2, 3: return .number(Double(monday + Int64.random(in: -20...10, using: &random) * 7 * Self.day))
        default: return .number(Double(Self.now.milliseconds + Int64.random(in: (-150 * Self.day)...(60 * Self.day), using: &random)))
        }
    }

    private mutating func due() -> FieldValue {
        [.null, .number(Double(Self.now.milliseconds - Self.day)), .number(Double(Self.now.milliseconds + Self.day))]
            .randomElement(using: &random)!
    }

    private func author(_ device: DeviceID) -> Author {
        Author(device: device, officer: device == Self.deviceA ? "Sanne" : "Bram", at: Self.now)
    }
}
