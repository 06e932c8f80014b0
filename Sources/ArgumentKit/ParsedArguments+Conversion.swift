/// Typed access to parsed values; each failure is a one-line usage error naming the argument.
extension ParsedArguments {
    /// The value of an option or positional that must be present.
    ///
    /// Throws `missing --topic` (or `missing <stand-id>`) when it is absent.
    public func required(_ name: String) throws -> String {
        guard let value = value(name) else {
            throw CommandError.usage("missing \(label(name))")
        }
        return value
    }

    /// The value as a whole number, or nil when absent.
    ///
    /// Throws `--participants expects a whole number, got 'abc'` when it is not one.
    public func int(_ name: String) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else {
            throw CommandError.usage("\(label(name)) expects a whole number, got '\(text)'")
        }
        return number
    }

    /// The value as a finite decimal number (e.g. `-33.9`), or nil when absent.
    ///
    /// `nan`, `inf` and numbers too large to represent (`1e999`) are rejected,
    /// since they would poison coordinates and sums downstream.
    public func double(_ name: String) throws -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text), number.isFinite else {
            throw CommandError.usage("\(label(name)) expects a number, got '\(text)'")
        }
        return number
    }

    /// The value as one case of a string-backed enum, or nil when absent.
    ///
    /// Throws `unknown --mood 'happy'; use one of: positive, neutral, concerned`
    /// listing the cases in declaration order.
    public func choice<T>(_ name: String, as type: T.Type) throws -> T?
    where T: RawRepresentable & CaseIterable, T.RawValue == String {
        guard let text = value(name) else { return nil }
        guard let match = T(rawValue: text) else {
            let names = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw CommandError.usage("unknown \(label(name)) '\(text)'; use one of: \(names)")
        }
        return match
    }
}
