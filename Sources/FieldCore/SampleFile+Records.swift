/// Turning a sample file into records, as if each had been written on this device.
extension SampleFile {
    /// Stand records, then note records, each written once by `device` under its officer's name
    /// at the time the file gives. Throws on bad ids, times, or a note naming an unknown stand.
    public func records(device: DeviceID) throws -> [Record] {
        var standsByID: [String: SampleStand] = [:]
        var result: [Record] = []
        for stand in stands {
            guard Record.isValidID(stand.id) else { throw SampleFileError("stand id '\(stand.id)' is not a lower-case id") }
            standsByID[stand.id] = stand
            result.append(try record(for: stand, device: device))
        }
        for note in notes {
            guard Record.isValidID(note.id) else { throw SampleFileError("note id '\(note.id)' is not a lower-case id") }
            result.append(try record(for: note, stand: note.standID.flatMap { standsByID[$0] }, device: device))
        }
        return result
    }

    private func record(for stand: SampleStand, device: DeviceID) throws -> Record {
        let opened = try time(stand.openedAt, what: "stand \(stand.id) opened_at")
        var values = Stand.openingValues(
            neighbourhood: stand.neighbourhood, location: stand.location, latitude: stand.latitude,
            longitude: stand.longitude, officer: stand.officer, at: opened)
        if let closedAt = stand.closedAt {
            values[StandField.closedAt.rawValue] = .number(Double(try time(closedAt, what: "stand \(stand.id) closed_at").milliseconds))
        }
        return Record.created(id: stand.id, kind: .stand, values: values,
                              by: Author(device: device, officer: stand.officer, at: opened))
    }

    private func record(for note: SampleNote, stand: SampleStand?, device: DeviceID) throws -> Record {
        if let standID = note.standID, stand == nil { throw SampleFileError("note \(note.id) names unknown stand \(standID)") }
        let recorded = try time(note.recordedAt, what: "note \(note.id) recorded_at")
        let draft = NoteDraft(
            standID: note.standID, neighbourhood: stand?.neighbourhood ?? "", location: stand?.location ?? "",
            recordedAt: recorded, officer: note.officer, topic: note.topic, summary: note.summary, tags: note.tags,
            mood: note.mood, followUp: note.followUp, contact: note.consent ? note.contact : nil,
            participants: note.participants ?? 1)
        var values = draft.fieldValues
        if let status = note.followUpStatus, note.followUp != nil {
            values[NoteField.followUpStatus.rawValue] = .text(status.rawValue)
        }
        return Record.created(id: note.id, kind: .note, values: values,
                              by: Author(device: device, officer: note.officer, at: recorded))
    }

    private func time(_ text: String, what: String) throws -> Timestamp {
        guard let timestamp = ISO8601Format.parse(text) else { throw SampleFileError("\(what) is not an ISO 8601 time: '\(text)'") }
        return timestamp
    }
}
