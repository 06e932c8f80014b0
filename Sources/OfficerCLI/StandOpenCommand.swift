import ArgumentKit
import FieldStore

/// `fieldkit stand open`: starts a stand; notes logged until it closes belong to it.
struct StandOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "open",
        abstract: "Open a stand here and now; notes you log belong to it until you close it.",
        arguments: [
            .option("neighbourhood", value: "name", help: "The neighbourhood, e.g. Kanaleneiland.", required: true),
            .option("location", value: "text", help: "Where exactly, e.g. \"Cinderella Plein, by the shops\".", required: true),
            .option("lat", value: "degrees", help: "Latitude, -90 to 90 (optional, with --lon)."),
            .option("lon", value: "degrees", help: "Longitude, -180 to 180 (optional, with --lat)."),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    let neighbourhood: String
    let location: String
    let coordinates: (latitude: Double, longitude: Double)?

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        neighbourhood = NoteInput.trimmed(try parsed.required("neighbourhood"))
        location = NoteInput.trimmed(try parsed.required("location"))
        guard !neighbourhood.isEmpty else { throw CommandError.usage("--neighbourhood cannot be empty") }
        coordinates = try Self.coordinates(parsed)
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let stand = try StoreAccess.run {
            try store.openStand(neighbourhood: neighbourhood, location: location,
                                latitude: coordinates?.latitude, longitude: coordinates?.longitude)
        }
        Console.print(stand.id)
        Console.say("Stand open in \(neighbourhood) at \(location) since \(LocalTime.format(stand.openedAt)).")
    }

    private static func coordinates(_ parsed: ParsedArguments) throws -> (latitude: Double, longitude: Double)? {
        switch (try parsed.double("lat"), try parsed.double("lon")) {
        case (nil, nil):
            return nil
        case (let latitude?, let longitude?):
            guard (-90...90).contains(latitude) else { throw CommandError.usage("--lat must be between -90 and 90") }
            guard (-180...180).contains(longitude) else { throw CommandError.usage("--lon must be between -180 and 180") }
            return (latitude, longitude)
        default:
            throw CommandError.usage("--lat and --lon go together")
        }
    }
}
