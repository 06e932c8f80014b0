import HashKit
import SQLiteKit

/// How audit entries are chained: the exact bytes each entry's SHA-256 covers, and the chain's start.
///
/// An entry's `hash` covers every other column of its row, in table order (seq, at, actor, role,
/// device, action, record_ids, detail, prev_hash), so changing any of them, or removing an entry
/// (the next one's `prev_hash` then names a hash that is gone), shows. The bytes hashed are:
///
///     entry   = netstring("fieldkit-audit-1") column column column column column column column column column
///     column  = "n"                        ; NULL
///             | "i" netstring(decimal)     ; INTEGER, e.g. i2:42,
///             | "t" netstring(UTF-8 text)  ; TEXT
///             | "r" netstring(decimal)     ; REAL (never written by FieldKit; hashed so an edit to one shows)
///             | "b" netstring(hex)         ; BLOB (likewise)
///     netstring(x) = <byte length of x in decimal> ":" x ","
///
/// Each column says its type and its length, so no two different rows give the same bytes
/// (`"ab","c"` and `"a","bc"` differ). The hash is written as 64 lower-case hex digits.
///
/// The first entry's `prev_hash` is `genesis(origin:)`: SHA-256 of netstring("fieldkit-audit-genesis")
/// and netstring(origin), where origin is the store id when the chain began (meta `audit_origin`).
/// It is kept apart from the store id because a backup copy gets a new store id but keeps its
/// chain; entries copied into another store's chain still show, as that store has another origin.
enum AuditChain {
    static let format = "fieldkit-audit-1"

    /// The `prev_hash` of the first entry of a chain that began in the store with id `origin`.
    static func genesis(origin: String) -> String {
        var bytes: [UInt8] = []
        appendNetstring(Array("fieldkit-audit-genesis".utf8), to: &bytes)
        appendNetstring(Array(origin.utf8), to: &bytes)
        return Hex.encode(SHA256.hash(bytes))
    }

    /// The hash of a row whose columns (every one but `hash`, in table order) hold `values`.
    static func hash(_ values: [SQLiteValue]) -> String {
        var bytes: [UInt8] = []
        appendNetstring(Array(format.utf8), to: &bytes)
        for value in values {
            append(value, to: &bytes)
        }
        return Hex.encode(SHA256.hash(bytes))
    }

    private static func append(_ value: SQLiteValue, to bytes: inout [UInt8]) {
        switch value {
        case .null:
            bytes.append(UInt8(ascii: "n"))
        case .integer(let integer):
            bytes.append(UInt8(ascii: "i"))
            appendNetstring(Array(String(integer).utf8), to: &bytes)
        case .text(let text):
            bytes.append(UInt8(ascii: "t"))
            appendNetstring(Array(text.utf8), to: &bytes)
        case .real(let real):
            bytes.append(UInt8(ascii: "r"))
            appendNetstring(Array(String(real).utf8), to: &bytes)
        case .blob(let blob):
            bytes.append(UInt8(ascii: "b"))
            appendNetstring(Array(Hex.encode(blob).utf8), to: &bytes)
        }
    }

    private static func appendNetstring(_ content: [UInt8], to bytes: inout [UInt8]) {
        bytes.append(contentsOf: Array(String(content.count).utf8))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: content)
        bytes.append(UInt8(ascii: ","))
    }
}
