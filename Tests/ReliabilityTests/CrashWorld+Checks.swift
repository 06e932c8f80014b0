import Foundation

/// The harness's checks, each counting into the tally and describing what it found.
extension CrashWorld {
    /// Right after a kill: what the device saved as done must really be done on the server.
    func checkAfterKill(_ device: CrashDevice) throws {
        let local = try StoreSnapshot(path: device.db, isServer: false)
        let central = try snapshot(server: true)
        countIntegrity(local)
        checkAcknowledged(local, central, device: device.name)
        checkCursor(local, central, device: device.name)
    }

    /// After the device synced again: all its records on the server, versions equal, no note twice,
    /// and every store file sound.
    func checkAfterRecovery(_ device: CrashDevice) throws {
        let local = try StoreSnapshot(path: device.db, isServer: false)
        let central = try snapshot(server: true)
        checkAcknowledged(local, central, device: device.name)
        checkCursor(local, central, device: device.name)
        checkLocalOnServer(local, central, device: device.name)
        checkVectorsAgree(local, central, device: device.name)
        checkNotesOnce(central)
        for other in devices { countIntegrity(try StoreSnapshot(path: other.db, isServer: false)) }
    }

    /// Reads the server store and counts its integrity check.
    func snapshot(server: Bool) throws -> StoreSnapshot {
        let central = try StoreSnapshot(path: self.server.store, isServer: true)
        countIntegrity(central)
        return central
    }

    func countIntegrity(_ store: StoreSnapshot) {
        tally.storeFilesChecked += 1
        if !store.integrityOK {
            tally.integrityFailures += 1
            tally.note("integrity_check failed on \(store.path)")
        }
    }

    /// Every record whose latest local change is at or below the push checkpoint must be on the
    /// server with a version that has seen everything the device's version has.
    func checkAcknowledged(_ local: StoreSnapshot, _ central: StoreSnapshot, device: String) {
        for (id, latest) in local.latestChange where latest <= local.pushedThrough {
            tally.acknowledgedChecked += 1
            guard let mine = local.records[id]?.version, let theirs = central.records[id]?.version,
                  StoreSnapshot.descends(theirs, from: mine) else {
                tally.acknowledgedLost += 1
                tally.note("\(device): record \(id) acknowledged (change \(latest) <= \(local.pushedThrough)) but not on the server")
                continue
            }
        }
    }

    /// Every server record whose feed position is at or below the device's saved cursor must be
    /// on the device with a version that has seen the server's: the cursor never runs ahead of data.
    func checkCursor(_ local: StoreSnapshot, _ central: StoreSnapshot, device: String) {
        let cursor = local.pullCursorSeq
        for (id, seq) in central.feedSeq where seq <= cursor {
            tally.cursorChecked += 1
            guard let theirs = central.records[id]?.version, let mine = local.records[id]?.version,
                  StoreSnapshot.descends(mine, from: theirs) else {
                tally.cursorAhead += 1
                tally.note("\(device): record \(id) at feed position \(seq) <= saved cursor \(cursor) but not applied")
                continue
            }
        }
    }

    /// After a completed sync every local record is on the server, at least as new.
    func checkLocalOnServer(_ local: StoreSnapshot, _ central: StoreSnapshot, device: String) {
        for (id, entry) in local.records {
            guard let theirs = central.records[id]?.version, StoreSnapshot.descends(theirs, from: entry.version) else {
                tally.localNotOnServer += 1
                tally.note("\(device): local record \(id) missing or older on the server after a completed sync")
                continue
            }
        }
    }

    /// After a completed sync with no one else writing, device and server hold the same records
    /// with equal version vectors.
    func checkVectorsAgree(_ local: StoreSnapshot, _ central: StoreSnapshot, device: String) {
        for id in Set(local.records.keys).union(central.records.keys) where local.records[id]?.version != central.records[id]?.version {
            tally.vectorMismatches += 1
            tally.note("\(device): record \(id) has version \(local.records[id]?.version ?? [:]) here, \(central.records[id]?.version ?? [:]) on the server")
        }
    }

    /// The server holds every created note exactly once: no duplicate rows, no unknown notes, none missing.
    func checkNotesOnce(_ central: StoreSnapshot) {
        let held = central.noteIDs
        let created = Set(createdNotes.keys)
        let extra = held.subtracting(created).count + central.duplicateRows
        let missing = created.subtracting(held).count
        tally.duplicates += extra
        tally.localNotOnServer += missing
        if extra > 0 { tally.note("the server holds \(extra) notes no device created, or a note twice") }
        if missing > 0 { tally.note("the server lacks \(missing) notes a device created") }
    }
}
