/// Structural checks for records that arrive from outside (the network, an import file).
extension Record {
    /// Longest text a single field value may hold, in UTF-8 bytes.
    public static let maximumTextBytes = 16_384
    /// Most fields one record may carry.
    public static let maximumFieldCount = 64

    /// A one-line description of the first structural problem, or nil when the record is well formed.
    ///
    /// This checks what the merge relies on (every dot is inside the version vector), bounds sizes,
    /// keeps the consent rule (Record+ConsentRule: every contact beside its consent) and the erasure
    /// rule (ErasureRule.problem); it does not check that fields make sense for the kind, which
    /// typed views tolerate.
    public func validationProblem() -> String? {
        guard Record.isValidID(id) else { return "record id must be 1 to 64 characters of a-z, 0-9 and '-'" }
        guard fields.count <= Record.maximumFieldCount else { return "record \(id) has too many fields" }
        for (name, register) in fields {
            guard Record.isValidFieldName(name) else { return "record \(id) has an invalid field name" }
            guard !register.entries.isEmpty else { return "record \(id) field \(name) has no value" }
            for entry in register.entries {
                if let problem = problem(with: entry, field: name) { return problem }
            }
        }
        // The erasure rule first: on an erased record, a contact is wrong because of the erasure.
        return ErasureRule.problem(in: self) ?? consentProblem()
    }

    private func problem(with entry: FieldEntry, field name: String) -> String? {
        guard version.contains(entry.dot) else {
            return "record \(id) field \(name) carries write \(entry.dot) that its version vector does not include"
        }
        guard DeviceID.isValid(entry.dot.device.rawValue) else { return "record \(id) has an invalid device id" }
        guard entry.mark.officer.utf8.count <= 200 else { return "record \(id) field \(name) has an officer name over 200 bytes" }
        switch entry.value {
        case .text(let text) where text.utf8.count > Record.maximumTextBytes:
            return "record \(id) field \(name) is longer than \(Record.maximumTextBytes) bytes"
        case .list(let items) where items.count > 64 || items.contains(where: { $0.utf8.count > 200 }):
            return "record \(id) field \(name) has too many or too long items"
        default:
            return nil
        }
    }

    public static func isValidID(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
    }

    static func isValidFieldName(_ name: String) -> Bool {
        (1...40).contains(name.utf8.count) && name.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
        }
    }
}
