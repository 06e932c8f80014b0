import ArgumentKit
import FieldCore
import FieldStore
import Foundation

/// `fieldkit import`: loads a sample file (such as Fixtures/sample.json) into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "import",
        abstract: "Load stands and notes from a fieldkit-sample/1 JSON file; notes already present are skipped.",
        arguments: [.positional("file", help: "The JSON file, e.g. Fixtures/sample.json."), StoreAccess.databaseOption])

    let parsed: ParsedArguments
    let file: String

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        file = try parsed.required("file")
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError("cannot read \(file); check the path", exitCode: .noInput)
        }
        let sample: SampleFile
        do {
            sample = try SampleFile.load(data)
        } catch let error as SampleFileError {
            throw CommandError("\(file): \(error.description); nothing was imported", exitCode: .dataError)
        } catch {
            throw CommandError("\(file) is not a valid fieldkit-sample/1 JSON file; nothing was imported", exitCode: .dataError)
        }
        let store = try StoreAccess.open(parsed)
        let records = try StoreAccess.run { try sample.records(device: store.identity.deviceID) }
        let (added, skipped) = try StoreAccess.run { try store.importRecords(records) }
        Console.print("Imported \(added) records (\(sample.stands.count) stands and \(sample.notes.count) notes in the file); \(skipped) were already here.")
    }
}
