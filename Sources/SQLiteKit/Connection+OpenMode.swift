internal import CSQLite

extension Connection {
    /// How to open the file: read only, read-write, or read-write creating it when missing.
    public enum OpenMode: Sendable {
        case readOnly
        case readWrite
        case readWriteCreate

        /// The matching `sqlite3_open_v2` flags.
        var flags: Int32 {
            switch self {
            case .readOnly: return SQLITE_OPEN_READONLY
            case .readWrite: return SQLITE_OPEN_READWRITE
            case .readWriteCreate: return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            }
        }
    }
}
