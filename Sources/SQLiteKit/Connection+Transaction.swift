extension Connection {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// The error from `body` is rethrown unchanged. If COMMIT fails, the transaction is rolled back
    /// and the COMMIT error is thrown. Called while a transaction is already open, it uses a
    /// SAVEPOINT instead, so a failing inner body undoes only its own changes (`kind` is then ignored).
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        try execute("BEGIN \(kind.keyword) TRANSACTION")
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIgnoringErrors()
            throw error
        }
        do {
            try execute("COMMIT TRANSACTION")
        } catch {
            rollbackIgnoringErrors()
            throw error
        }
        return result
    }

    /// Runs `body` inside a named savepoint, released on success and rolled back to on throw.
    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "sqlitekit_savepoint_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIgnoringErrors(to: name)
            throw error
        }
        do {
            try execute("RELEASE SAVEPOINT \(name)")
        } catch {
            rollbackIgnoringErrors(to: name)
            throw error
        }
        return result
    }

    /// Rolls back the open transaction, if SQLite has not already done so.
    ///
    /// Errors are ignored so that the error which caused the rollback is the one the caller sees.
    private func rollbackIgnoringErrors() {
        guard isInTransaction else { return }
        try? execute("ROLLBACK TRANSACTION")
    }

    /// Undoes the work since savepoint `name` and removes it, if the transaction is still open.
    private func rollbackIgnoringErrors(to name: String) {
        guard isInTransaction else { return }
        try? execute("ROLLBACK TRANSACTION TO SAVEPOINT \(name)")
        try? execute("RELEASE SAVEPOINT \(name)")
    }
}
