import FieldCore
import FieldStore
import Foundation
import SyncClient

/// The demo's two simulated laptops: they record the sample offline, edit one note at once, and sync.
///
/// Everything goes through the real protocol over loopback, so what a coordinator then sees in the
/// browser is exactly what real devices would have produced: merged notes, a clean merge of
/// different fields, and one conflict on the same field.
struct DemoScenario {
    struct Laptop {
        let store: LocalStore
        let transport: HTTPSyncTransport
    }

    let folder: String
    let serverURL: URL

    /// Runs the scenario; returns the id of the note left in conflict.
    func run(sample: SampleFile, tokens: [String]) throws -> String {
        let officers = Array(sample.officers.prefix(2))
        let laptops = try officers.enumerated().map { index, officer in
            try laptop(officer: officer, token: tokens[index], name: "laptop-\(index + 1)")
        }
        // Each laptop records its officer's stands and notes offline; the third officer's go to laptop 2.
        for (index, laptop) in laptops.enumerated() {
            let mine = try sample.records(device: laptop.store.identity.deviceID).filter { record in
                let officer = record.value(NoteField.officer.rawValue).text ?? ""
                return index == 0 ? officer == officers[0] : officer != officers[0]
            }
            _ = try laptop.store.importRecords(mine)
        }
        try syncAll(laptops)
        let shared = try sharedNote(laptops[0])
        _ = try laptops[0].store.edit(id: shared, changes: [.summary: .text("Residents ask for a speed check on weekday mornings."),
                                                            .mood: .text(Mood.concerned.rawValue)])
        _ = try laptops[1].store.edit(id: shared, changes: [.summary: .text("Speed check promised; residents want it after 17:00 too."),
                                                            .tags: .list(["traffic", "repeat"])])
        try syncAll(laptops)
        try syncAll(laptops)
        return shared
    }

    private func laptop(officer: String, token: String, name: String) throws -> Laptop {
        let store = try LocalStore.create(at: folder + "/\(name).sqlite", officer: officer)
        try store.setServer(url: serverURL.absoluteString, token: token)
        return Laptop(store: store, transport: HTTPSyncTransport(baseURL: serverURL, token: token, device: store.identity.deviceID))
    }

    private func syncAll(_ laptops: [Laptop]) throws {
        for laptop in laptops {
            _ = try SyncEngine(store: laptop.store, transport: laptop.transport).run()
        }
    }

    /// A note both laptops hold after the first sync: the first school-traffic note, or any note.
    private func sharedNote(_ laptop: Laptop) throws -> String {
        let notes = try laptop.store.notes()
        guard let note = notes.first(where: { $0.topic == "school_traffic" }) ?? notes.first else {
            throw DemoError("the sample holds no notes")
        }
        return note.id
    }
}

/// A demo step that could not run, in one line.
struct DemoError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
