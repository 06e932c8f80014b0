/// Why a load run could not be carried out at all (as opposed to a check that failed), with its sysexits code.
enum LoadFailure: Error, Equatable, CustomStringConvertible {
    /// The server could not be started or reached, or would not enroll the devices: 69.
    case unavailable(String)
    /// A temporary file or the store could not be written: 74.
    case io(String)

    var description: String {
        switch self {
        case .unavailable(let message), .io(let message): return message
        }
    }
}
