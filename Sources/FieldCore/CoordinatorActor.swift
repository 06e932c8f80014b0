/// The actor id a coordinator writes under on the server: their changes sync back like any device's.
///
/// Derived from the coordinator's name (`coord:carla-smit`), so the command line and the web page
/// write as the same actor, and officers see who settled a conflict.
public enum CoordinatorActor {
    public static func deviceID(for name: String) -> DeviceID {
        var slug = ""
        for character in name.lowercased().unicodeScalars {
            if character.isASCII && (character.properties.isAlphabetic || ("0"..."9").contains(character)) {
                slug.unicodeScalars.append(character)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return DeviceID("coord:" + String((slug.isEmpty ? "coordinator" : slug).prefix(50)))
    }

    /// The author stamp of a coordinator's write made now.
    public static func author(_ name: String, at time: Timestamp = .now()) -> Author {
        Author(device: deviceID(for: name), officer: name, at: time)
    }
}
