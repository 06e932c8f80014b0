/// Reading what an HTML form posts (`application/x-www-form-urlencoded`, as in the WHATWG URL standard §5).
extension HTTPRequest {
    /// The body's name/value pairs in order; empty when the body is another type or not valid form encoding.
    public var formItems: [(name: String, value: String)] {
        let type = headers["Content-Type"]?.split(separator: ";").first.map { HTTPSyntax.trimmed($0).lowercased() }
        guard type == "application/x-www-form-urlencoded" else { return [] }
        return (try? RequestTarget.formDecoded(Substring(bodyText))) ?? []
    }

    /// The first posted value named `name`, or nil.
    public func formValue(_ name: String) -> String? {
        formItems.first { $0.name == name }?.value
    }
}
