import FieldCore
import FieldStore

/// The local writes a schedule makes, each recorded in the tracker.
extension ScheduleRunner {
    static let topics = ["parking", "litter", "noise", "loneliness", "burglary"]

    mutating func create(on device: Int) throws {
        let store = world.devices[device].store
        let draft = NoteDraft(
            neighbourhood: ["Lombok", "Zuilen"].randomElement(using: &generator)!, officer: store.identity.officer,
            topic: Self.topics.randomElement(using: &generator)!, summary: "s\(Int.random(in: 0..<1000, using: &generator))")
        let note = try store.log(draft)
        try record(note.id, on: device)
    }

    mutating func edit(on device: Int) throws {
        let store = world.devices[device].store
        guard let id = try store.noteIDs().randomElement(using: &generator) else { return }
        let changes: [NoteField: FieldValue] = switch Int.random(in: 0..<4, using: &generator) {
        case 0: [.topic: .text(Self.topics.randomElement(using: &generator)!)]
        case 1: [.summary: .text("e\(Int.random(in: 0..<1000, using: &generator))")]
        case 2: [.mood: .text(Mood.allCases.randomElement(using: &generator)!.rawValue)]
        default: [.tags: .list(["t\(Int.random(in: 0..<3, using: &generator))"]), .summary: .text("both")]
        }
        if try store.edit(id: id, changes: changes).changed { try record(id, on: device) }
    }

    mutating func delete(on device: Int) throws {
        let store = world.devices[device].store
        guard let id = try store.noteIDs().randomElement(using: &generator) else { return }
        try store.delete(id: id)
        try record(id, on: device)
    }

    mutating func resolve(on device: Int) throws {
        let store = world.devices[device].store
        guard let id = try store.noteIDs(NoteFilter(includeDeleted: true, onlyConflicted: true)).randomElement(using: &generator),
              let record = try store.record(id: id),
              let name = record.conflictedFields.randomElement(using: &generator), let field = NoteField(rawValue: name),
              let value = record.fields[name]?.distinctValues.randomElement(using: &generator) else { return }
        totals.conflictsSeen += 1
        _ = try store.resolve(id: record.id, field: field, value: value)
        totals.resolves += 1
        try self.record(record.id, on: device)
    }

    /// Notes the write just made to `id` on `device`: its entries and what it had seen.
    mutating func record(_ id: String, on device: Int) throws {
        let store = world.devices[device].store
        guard let record = try store.record(id: id) else { return }
        tracker.recordWrite(record, by: store.identity.deviceID)
        totals.writes += 1
    }
}
