import FieldCore
import LoadGenerator

/// Draws the merge benchmark's pushes while keeping the state the server will hold, so that every
/// update is one a correct device could send (the server's push guard would refuse anything else).
///
/// Half of a batch is new notes and half updates of notes already pushed (the first batch is all
/// new). A quarter of the updates are concurrent: the device writes on the state *before* the
/// note's latest write, which another device made, so the server must keep both values.
struct WorkloadBuilder {
    private let devices: [DeviceID]
    private var random: SplitMix64
    /// The server's state of each note after the batches drawn so far.
    private var current: [String: Record] = [:]
    /// Each note's state before its latest change, and who made that change.
    private var previous: [String: (state: Record, writer: DeviceID)] = [:]
    private var ids: [String] = []
    /// Notes changed at least once since they were created: the ones a concurrent edit can target.
    private var updatedIDs: [String] = []
    private var clock = Timestamp(milliseconds: 1_780_000_000_000)
    private(set) var newNotes = 0
    private(set) var sequentialUpdates = 0
    private(set) var concurrentUpdates = 0

    init(deviceCount: Int, seed: UInt64) {
        random = SplitMix64(seed: seed)
        devices = (0..<max(2, deviceCount)).map { DeviceID("bench-device-\($0)") }
    }

    /// The next batch, pushed by the devices in turn.
    mutating func batch(size: Int, index: Int) -> PushWork {
        let device = devices[index % devices.count]
        let targets = updateTargets(count: min(size / 2, ids.count), concurrentFor: device)
        var records: [Record] = []
        records.reserveCapacity(size)
        for (id, concurrent) in targets {
            records.append(update(id, by: device, concurrent: concurrent))
        }
        for _ in targets.count..<size {
            records.append(create(by: device))
        }
        return PushWork(device: device, records: records)
    }

    private mutating func author(_ device: DeviceID) -> Author {
        clock = clock.adding(milliseconds: 1000)
        return Author(device: device, officer: "officer \(device.rawValue.suffix(1))", at: clock)
    }

    private mutating func create(by device: DeviceID) -> Record {
        let id = random.recordID()
        let author = author(device)
        let record = Record.created(id: id, kind: .note, values: NoteContent.values(officer: author.officer, at: author.at, using: &random), by: author)
        ids.append(id)
        remember(record, id: id, writer: device)
        newNotes += 1
        return record
    }

    /// An edit of `id` by `device`: on the server's state, or (concurrent) on the state before
    /// the latest write when someone else made that write.
    private mutating func update(_ id: String, by device: DeviceID, concurrent: Bool) -> Record {
        let author = author(device)
        let changes = NoteContent.changes(using: &random)
        if concurrent, let before = previous[id], before.writer != device,
           let pushed = before.state.writing(changes, by: author) {
            concurrentUpdates += 1
            remember(RecordMerge.apply(pushed, to: current[id]).record, id: id, writer: device)
            return pushed
        }
        let pushed = current[id]!.writing(changes, by: author)!
        sequentialUpdates += 1
        remember(pushed, id: id, writer: device)
        return pushed
    }

    private mutating func remember(_ state: Record, id: String, writer: DeviceID) {
        if let old = current[id] {
            if previous[id] == nil { updatedIDs.append(id) }
            previous[id] = (old, writer)
        }
        current[id] = state
    }

    /// `count` distinct notes pushed in earlier batches, every fourth one (when there is one) a note
    /// whose latest write another device made, to be edited concurrently with that write.
    private mutating func updateTargets(count: Int, concurrentFor device: DeviceID) -> [(id: String, concurrent: Bool)] {
        var chosen = Set<String>()
        var targets: [(id: String, concurrent: Bool)] = []
        while targets.count < count {
            if targets.count % 4 == 0, let id = concurrentTarget(for: device, avoiding: chosen) {
                chosen.insert(id)
                targets.append((id, true))
                continue
            }
            let id = ids[Int.random(in: 0..<ids.count, using: &random)]
            if chosen.insert(id).inserted { targets.append((id, false)) }
        }
        return targets
    }

    /// A note last changed by another device and not yet chosen, after a few random tries.
    private mutating func concurrentTarget(for device: DeviceID, avoiding chosen: Set<String>) -> String? {
        guard !updatedIDs.isEmpty else { return nil }
        for _ in 0..<20 {
            let id = updatedIDs[Int.random(in: 0..<updatedIDs.count, using: &random)]
            if !chosen.contains(id), previous[id]?.writer != device { return id }
        }
        return nil
    }
}
