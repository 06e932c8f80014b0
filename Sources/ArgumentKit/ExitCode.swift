/// The status a command leaves the process with, following BSD sysexits(3).
///
/// Scripts and the field app's sync wrapper branch on these, so each failure
/// kind keeps one stable number.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// A generic failure with no better category.
    case failure = 1
    /// The command line was wrong: unknown option, missing value, bad number.
    case usage = 64
    /// The input data was wrong: a malformed file or record.
    case dataError = 65
    /// An input file did not exist or was not readable.
    case noInput = 66
    /// A service (the sync server, the store) was unavailable.
    case unavailable = 69
    /// An internal error: a bug, not the user's fault.
    case software = 70
    /// An output file could not be created: it exists already, or its folder cannot take it.
    case cannotCreate = 73
    /// Reading or writing a file failed.
    case ioError = 74
    /// A temporary failure; trying again later may succeed.
    case temporaryFailure = 75
}
