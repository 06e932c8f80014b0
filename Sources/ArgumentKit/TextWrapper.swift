/// Breaks text into lines no wider than a limit, for help that reads well at 80 columns.
enum TextWrapper {
    /// Wraps `items` (words, or whole usage fragments that must not break) into lines.
    ///
    /// The first line starts with `prefix` (a space is added unless it ends in one); later lines are indented by `indent`
    /// spaces. An item wider than the line gets a line of its own.
    static func wrap(_ items: [String], width: Int, prefix: String, indent: Int) -> [String] {
        var lines: [String] = []
        var line = prefix
        var lineHasItem = false
        for item in items {
            var separator = line.isEmpty || line.hasSuffix(" ") ? "" : " "
            if lineHasItem, line.count + separator.count + item.count > width {
                lines.append(line)
                line = String(repeating: " ", count: indent)
                separator = ""
            }
            line += separator + item
            lineHasItem = true
        }
        lines.append(line)
        return lines
    }

    /// Wraps prose at spaces; see `wrap(_:width:prefix:indent:)`.
    static func wrap(_ text: String, width: Int, prefix: String, indent: Int) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        return wrap(words, width: width, prefix: prefix, indent: indent)
    }
}
