import Testing
import SQLiteKit

@Suite struct SQLiteValueTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    static let roundTripValues: [SQLiteValue] = [
        .null,
        .integer(0),
        .integer(-1),
        .integer(Int64.min),
        .integer(Int64.max),
        .real(1.0),
        .real(-2.5),
        .real(3.141592653589793),
        .real(1e-300),
        .real(.infinity),
        .text(""),
        .text("café de Zon"),
        .text("👮‍♀️📓 notes 🇳🇱"),
        .text("before\u{0}after"),
        .text("\u{0}"),
        .blob([]),
        .blob([0]),
        .blob([0, 1, 2, 0, 255, 254]),
        .blob(Array(0...255)),
    ]

    @Test(arguments: roundTripValues)
    func value_StoredAndReadBack_IsIdentical(value: SQLiteValue) throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(v)")
        try connection.execute("INSERT INTO t(v) VALUES (?)", [value])
        #expect(try connection.scalar("SELECT v FROM t") == value)
        #expect(try connection.scalar("SELECT ?", [value]) == value)
    }

    @Test func text_WithEmbeddedNul_StoresEveryByte() throws {
        let connection = try directory.makeConnection()
        let length = try connection.scalar("SELECT length(CAST(? AS BLOB))", ["a\u{0}b"])
        #expect(length == 3)
        #expect(try connection.scalar("SELECT typeof(?)", [""]) == "text")
        #expect(try connection.scalar("SELECT typeof(?)", [.blob([])]) == "blob")
    }

    @Test func literals_MakeTheMatchingCases() {
        let values: [SQLiteValue] = ["café", 42, 1.5, nil, true, false]
        #expect(values == [.text("café"), .integer(42), .real(1.5), .null, .integer(1), .integer(0)])
    }

    @Test func accessors_ConvertOnlyWhereLossless() {
        #expect(SQLiteValue.text("x").string == "x")
        #expect(SQLiteValue.integer(7).string == nil)
        #expect(SQLiteValue.integer(7).int64 == 7)
        #expect(SQLiteValue.integer(7).int == 7)
        #expect(SQLiteValue.real(7.0).int64 == nil)
        #expect(SQLiteValue.text("7").int == nil)
        #expect(SQLiteValue.integer(7).double == 7.0)
        #expect(SQLiteValue.real(0.5).double == 0.5)
        #expect(SQLiteValue.text("0.5").double == nil)
        #expect(SQLiteValue.integer(0).bool == false)
        #expect(SQLiteValue.integer(2).bool == true)
        #expect(SQLiteValue.null.bool == nil)
        #expect(SQLiteValue.null.isNull)
        #expect(!SQLiteValue.integer(0).isNull)
        #expect(SQLiteValue.blob([1]).bytes == [1])
    }

    @Test func convertibles_ProduceTheExpectedValues() {
        let missing: String? = nil
        #expect("note".sqliteValue == .text("note"))
        #expect(12.sqliteValue == .integer(12))
        #expect(Int64.min.sqliteValue == .integer(.min))
        #expect(2.5.sqliteValue == .real(2.5))
        #expect(true.sqliteValue == .integer(1))
        #expect(false.sqliteValue == .integer(0))
        #expect(([1, 2] as [UInt8]).sqliteValue == .blob([1, 2]))
        #expect(SQLiteValue.text("x").sqliteValue == .text("x"))
        #expect(missing.sqliteValue == .null)
        #expect(Optional("x").sqliteValue == .text("x"))
        #expect(SQLiteValue(Optional(Optional(3))) == .integer(3))
    }
}
