/// Builds CSV that opens correctly in a spreadsheet: RFC 4180, UTF-8 with a byte order mark,
/// and no cell that a spreadsheet would run as a formula.
///
/// - The text starts with a byte order mark: without one, Excel reads CSV in the local code
///   page and "café" turns into "cafÃ©".
/// - Every record ends with CRLF (RFC 4180 §2.1, §2.2), the header included.
/// - A field holding a comma, a double quote, CR or LF is enclosed in double quotes, and each
///   double quote inside is doubled (§2.5–2.7). Line breaks inside a field are kept as written.
/// - Formula injection (OWASP "CSV Injection"): spreadsheets evaluate a cell that starts with
///   `=`, `+`, `-` or `@` (tab and CR are skipped before that check), so a resident's words such
///   as `=HYPERLINK(...)` would run on the coordinator's computer. Such a cell gets a leading
///   apostrophe, which makes the spreadsheet take it as text. The apostrophe can be visible; that
///   is the price of never running what someone typed.
struct CSVWriter {
    static let byteOrderMark = "\u{FEFF}"
    /// Characters that make a spreadsheet treat a cell as a formula when they come first.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    let columnCount: Int
    /// The document so far, byte order mark and header included.
    private(set) var text = CSVWriter.byteOrderMark

    init(header: [String]) {
        columnCount = header.count
        add(header)
    }

    /// Appends one record; it must have as many fields as the header.
    mutating func add(_ fields: [String]) {
        precondition(fields.count == columnCount, "a CSV row needs \(columnCount) fields, got \(fields.count)")
        text += fields.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    /// One field as written: neutralised, then quoted when needed.
    static func cell(_ value: String) -> String {
        let safe = neutralised(value)
        // Scalars, not Characters: "\r\n" is one Character and would slip past a check for "\n".
        let needsQuotes = safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }

    /// The value with a leading apostrophe when it would otherwise start a formula.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }
}
