/// Server secrets kept in the store's meta table, so they survive restarts and travel with the store file.
extension CentralStore {
    /// The secret stored under `name`, made with `make` and stored first if there is none yet.
    ///
    /// Read and created in one immediate transaction, so two servers starting on one store agree
    /// on a single value. Callers must never log it.
    public func secret(named name: String, orCreate make: () -> String) throws -> String {
        try write {
            if let existing = try MetaTable.value(MetaTable.secretPrefix + name, in: connection) { return existing }
            let created = make()
            try MetaTable.set(MetaTable.secretPrefix + name, created, in: connection)
            return created
        }
    }
}
