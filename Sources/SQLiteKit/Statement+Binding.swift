internal import CSQLite

extension Statement {
    /// Binds positional arguments to `?` parameters, replacing any earlier bindings.
    ///
    /// The count must match the statement's parameters exactly: a missing argument would silently
    /// become NULL. Errors name the counts and the SQL, never the values.
    public func bind(_ arguments: [SQLiteValue]) throws {
        let statement = try open()
        let expected = Int(sqlite3_bind_parameter_count(statement))
        guard arguments.count == expected else {
            throw SQLiteError(
                extendedResultCode: SQLITE_RANGE,
                message: "wrong number of arguments: the statement takes \(expected), got \(arguments.count)",
                sql: sql
            )
        }
        finish()
        for (offset, value) in arguments.enumerated() {
            let code = bind(value, at: Int32(offset + 1), in: statement)
            guard code == SQLITE_OK else {
                let error = SQLiteError(database: sqlite3_db_handle(statement), code: code, sql: sql)
                sqlite3_clear_bindings(statement)
                throw error
            }
        }
    }

    /// Binds one value at a 1-based parameter index and returns SQLite's result code.
    private func bind(_ value: SQLiteValue, at index: Int32, in statement: OpaquePointer) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .integer(let integer):
            return sqlite3_bind_int64(statement, index, integer)
        case .real(let real):
            return sqlite3_bind_double(statement, index, real)
        case .text(let text):
            return bindText(text, at: index, in: statement)
        case .blob(let bytes):
            return bindBlob(bytes, at: index, in: statement)
        }
    }

    /// Binds UTF-8 text with its explicit byte length, so embedded NULs survive and "" stays text.
    private func bindText(_ text: String, at index: Int32, in statement: OpaquePointer) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(statement, index, "", 0, Self.transient)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                sqlite3_bind_text64(statement, index, chars, UInt64(bytes.count), Self.transient, UInt8(SQLITE_UTF8))
            }
        }
    }

    /// Binds bytes; an empty array binds a zero-length blob rather than NULL.
    private func bindBlob(_ bytes: [UInt8], at index: Int32, in statement: OpaquePointer) -> Int32 {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, !raw.isEmpty else {
                return sqlite3_bind_zeroblob(statement, index, 0)
            }
            return sqlite3_bind_blob64(statement, index, base, UInt64(raw.count), Self.transient)
        }
    }

    /// SQLITE_TRANSIENT: tells SQLite to copy the bytes, since Swift's buffer dies after the call.
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(-1 as Int, to: sqlite3_destructor_type.self)
    }
}
