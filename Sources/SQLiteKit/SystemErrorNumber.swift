/// The few `errno` values SQLiteKit interprets, numbered as on Linux.
///
/// SQLite reports a failed write or open as a generic I/O error; the system's errno behind it tells
/// a full disk or a read-only file system apart from a real fault. SQLiteKit does not import Glibc
/// (only the socket layer does) and CSQLite brings no errno macros, so the numbers are written out.
/// All but `quotaExceeded` have the same value on every Unix.
enum SystemErrorNumber {
    /// EPERM: the operation is not permitted (e.g. an immutable file).
    static let notPermitted: Int32 = 1
    /// EACCES: no permission to open or write the file.
    static let accessDenied: Int32 = 13
    /// EFBIG: the write would pass the process's file-size limit (RLIMIT_FSIZE) or the file system's maximum.
    static let fileTooLarge: Int32 = 27
    /// ENOSPC: no space left on the device.
    static let noSpace: Int32 = 28
    /// EROFS: the file system is mounted read-only.
    static let readOnlyFileSystem: Int32 = 30
    /// EDQUOT: the user's disk quota is used up (Linux's number).
    static let quotaExceeded: Int32 = 122

    /// The errors that mean "no room to write": the same remedy (free space, raise the limit) as SQLITE_FULL.
    static let outOfSpace: Set<Int32> = [noSpace, quotaExceeded, fileTooLarge]
    /// The errors that mean "this file cannot be written": the same remedy as SQLITE_READONLY.
    static let notWritable: Set<Int32> = [readOnlyFileSystem, accessDenied, notPermitted]
}
