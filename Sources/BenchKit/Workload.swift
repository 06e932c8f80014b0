import FieldCore

/// Every batch the merge benchmark pushes, built before the clock starts, with what it holds.
struct Workload: Sendable {
    let batches: [PushWork]
    let newNotes: Int
    /// Updates made by a device that had seen the server's latest state of the note.
    let sequentialUpdates: Int
    /// Updates made by a device that had not seen the latest write: the server keeps both (a conflict).
    let concurrentUpdates: Int

    var recordCount: Int { newNotes + sequentialUpdates + concurrentUpdates }

    /// Mean bytes of a pushed record as stored (version vector plus fields, the JSON the store keeps).
    var averageStoredBytes: Int {
        let records = batches.flatMap(\.records)
        guard !records.isEmpty else { return 0 }
        return records.reduce(0) { $0 + $1.storedVersion.utf8.count + $1.storedFields.utf8.count } / records.count
    }

    /// Builds `notes` records in batches of `batchSize`, pushed in turn by `deviceCount` devices.
    static func make(notes: Int, batchSize: Int, deviceCount: Int = 4, seed: UInt64 = 6) -> Workload {
        var builder = WorkloadBuilder(deviceCount: deviceCount, seed: seed)
        var batches: [PushWork] = []
        var remaining = notes
        while remaining > 0 {
            let size = min(batchSize, remaining)
            batches.append(builder.batch(size: size, index: batches.count))
            remaining -= size
        }
        return Workload(batches: batches, newNotes: builder.newNotes,
                        sequentialUpdates: builder.sequentialUpdates, concurrentUpdates: builder.concurrentUpdates)
    }
}
