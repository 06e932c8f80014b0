import FieldCore
import SQLiteKit

/// Opening, closing and listing stands. At most one stand is open on a device at a time.
extension LocalStore {
    /// Opens a stand here and now. Refuses while another stand is open.
    @discardableResult
    public func openStand(
        neighbourhood: String, location: String, latitude: Double? = nil, longitude: Double? = nil,
        id: String = LocalStore.newID(), at time: Timestamp = .now()
    ) throws -> Stand {
        try write {
            if let open = try currentStandRecord() { throw StoreError.standAlreadyOpen(Stand(record: open)) }
            let values = Stand.openingValues(
                neighbourhood: neighbourhood, location: location, latitude: latitude, longitude: longitude,
                officer: identity.officer, at: time)
            let record = Record.created(id: id, kind: .stand, values: values, by: identity.author(at: time))
            try commitLocalWrite(record, at: time)
            return Stand(record: record)
        }
    }

    /// Closes the open stand and returns it.
    @discardableResult
    public func closeStand(at time: Timestamp = .now()) throws -> Stand {
        try write {
            guard let open = try currentStandRecord() else { throw StoreError.noOpenStand }
            let closing = [StandField.closedAt.rawValue: FieldValue.number(Double(time.milliseconds))]
            guard let closed = open.writing(closing, by: identity.author(at: time)) else { return Stand(record: open) }
            try commitLocalWrite(closed, at: time)
            return Stand(record: closed)
        }
    }

    /// The stand this device has open, if any.
    public func currentStand() throws -> Stand? {
        try read { try currentStandRecord().map(Stand.init(record:)) }
    }

    /// Every stand, oldest first, with how many live notes each holds.
    public func stands() throws -> [(stand: Stand, noteCount: Int)] {
        try read {
            let rows = try connection.query("""
                SELECT s.id, s.kind, s.version, s.fields,
                       (SELECT count(*) FROM records n WHERE n.kind = 'note' AND n.stand_id = s.id AND n.deleted = 0) AS notes
                FROM records s WHERE s.kind = 'stand' AND s.deleted = 0 ORDER BY s.recorded_at, s.id
                """)
            return try rows.map { (Stand(record: try RecordTable.decode($0)), $0.int("notes") ?? 0) }
        }
    }

    /// The open stand of *this device's officer*: stands synced from others never count as open here.
    func currentStandRecord() throws -> Record? {
        let rows = try connection.cachedStatement("""
            SELECT \(RecordTable.columns) FROM records
            WHERE kind = 'stand' AND deleted = 0 AND closed_at IS NULL AND officer = ?
            ORDER BY recorded_at DESC LIMIT 1
            """).query([.text(identity.officer)])
        return try rows.first.map(RecordTable.decode)
    }
}
