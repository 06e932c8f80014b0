internal import CSQLite

extension SQLiteError {
    /// The symbolic name of a result code, e.g. "SQLITE_CONSTRAINT_UNIQUE" for 2067.
    ///
    /// The C header spells extended codes as macros Swift cannot import, so they are tabulated here.
    public static func name(of code: Int32) -> String {
        let primary = code & 0xff
        let primaryName: String
        if let name = primaryNames[primary] {
            primaryName = "SQLITE_" + name
        } else {
            return "unknown result code"
        }
        let subcode = Int(code >> 8)
        guard subcode > 0 else { return primaryName }
        guard let suffixes = extendedSuffixes[primary], subcode <= suffixes.count,
              !suffixes[subcode - 1].isEmpty
        else { return primaryName }
        return primaryName + "_" + suffixes[subcode - 1]
    }

    private static let primaryNames: [Int32: String] = [
        SQLITE_OK: "OK", SQLITE_ERROR: "ERROR", SQLITE_INTERNAL: "INTERNAL", SQLITE_PERM: "PERM",
        SQLITE_ABORT: "ABORT", SQLITE_BUSY: "BUSY", SQLITE_LOCKED: "LOCKED", SQLITE_NOMEM: "NOMEM",
        SQLITE_READONLY: "READONLY", SQLITE_INTERRUPT: "INTERRUPT", SQLITE_IOERR: "IOERR",
        SQLITE_CORRUPT: "CORRUPT", SQLITE_NOTFOUND: "NOTFOUND", SQLITE_FULL: "FULL",
        SQLITE_CANTOPEN: "CANTOPEN", SQLITE_PROTOCOL: "PROTOCOL", SQLITE_EMPTY: "EMPTY",
        SQLITE_SCHEMA: "SCHEMA", SQLITE_TOOBIG: "TOOBIG", SQLITE_CONSTRAINT: "CONSTRAINT",
        SQLITE_MISMATCH: "MISMATCH", SQLITE_MISUSE: "MISUSE", SQLITE_NOLFS: "NOLFS",
        SQLITE_AUTH: "AUTH", SQLITE_FORMAT: "FORMAT", SQLITE_RANGE: "RANGE", SQLITE_NOTADB: "NOTADB",
        SQLITE_NOTICE: "NOTICE", SQLITE_WARNING: "WARNING", SQLITE_ROW: "ROW", SQLITE_DONE: "DONE",
    ]

    /// Extended-code suffixes per primary code; the suffix at index i belongs to subcode i + 1.
    private static let extendedSuffixes: [Int32: [String]] = [
        SQLITE_OK: ["LOAD_PERMANENTLY", "SYMLINK"],
        SQLITE_ERROR: ["MISSING_COLLSEQ", "RETRY", "SNAPSHOT"],
        SQLITE_IOERR: [
            "READ", "SHORT_READ", "WRITE", "FSYNC", "DIR_FSYNC", "TRUNCATE", "FSTAT", "UNLOCK",
            "RDLOCK", "DELETE", "BLOCKED", "NOMEM", "ACCESS", "CHECKRESERVEDLOCK", "LOCK", "CLOSE",
            "DIR_CLOSE", "SHMOPEN", "SHMSIZE", "SHMLOCK", "SHMMAP", "SEEK", "DELETE_NOENT", "MMAP",
            "GETTEMPPATH", "CONVPATH", "VNODE", "AUTH", "BEGIN_ATOMIC", "COMMIT_ATOMIC",
            "ROLLBACK_ATOMIC", "DATA", "CORRUPTFS",
        ],
        SQLITE_LOCKED: ["SHAREDCACHE", "VTAB"],
        SQLITE_BUSY: ["RECOVERY", "SNAPSHOT", "TIMEOUT"],
        SQLITE_CANTOPEN: ["NOTEMPDIR", "ISDIR", "FULLPATH", "CONVPATH", "DIRTYWAL", "SYMLINK"],
        SQLITE_CORRUPT: ["VTAB", "SEQUENCE", "INDEX"],
        SQLITE_READONLY: ["RECOVERY", "CANTLOCK", "ROLLBACK", "DBMOVED", "CANTINIT", "DIRECTORY"],
        SQLITE_ABORT: ["", "ROLLBACK"],
        SQLITE_CONSTRAINT: [
            "CHECK", "COMMITHOOK", "FOREIGNKEY", "FUNCTION", "NOTNULL", "PRIMARYKEY", "TRIGGER",
            "UNIQUE", "VTAB", "ROWID", "PINNED", "DATATYPE",
        ],
        SQLITE_NOTICE: ["RECOVER_WAL", "RECOVER_ROLLBACK"],
        SQLITE_WARNING: ["AUTOINDEX"],
        SQLITE_AUTH: ["USER"],
    ]
}
