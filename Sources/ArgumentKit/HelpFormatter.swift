/// Renders `--help` for one command in the layout of swift-argument-parser.
///
/// Sections: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS, then the
/// command's discussion as written. Everything except the discussion is
/// wrapped to `width` columns.
struct HelpFormatter {
    static let width = 80
    /// The widest label that still shares a line with its help text; help starts at column 26
    /// in every table of every command, as in swift-argument-parser.
    static let labelWidth = 22

    let command: any ParsableCommand.Type
    /// Program name and subcommand words, e.g. `["fieldkit", "log"]`.
    let path: [String]

    private var configuration: CommandConfiguration { command.configuration }
    private var isRoot: Bool { path.count == 1 }

    func render() -> String {
        var sections: [String] = []
        if !configuration.abstract.isEmpty {
            sections.append(lines(TextWrapper.wrap(configuration.abstract, width: Self.width,
                                                   prefix: "OVERVIEW:", indent: 2)))
        }
        sections.append(lines(TextWrapper.wrap(usageItems(), width: Self.width, prefix: "USAGE:", indent: 7)))
        for (heading, rows) in tableRows() {
            sections.append(table(heading, rows))
        }
        if configuration.isGroup {
            sections[sections.count - 1] += "\n\n  See '\(path.joined(separator: " ")) help <subcommand>' for detailed help."
        }
        let discussion = configuration.discussion.trimmingTrailingNewlines()
        if !discussion.isEmpty { sections.append(discussion) }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The two-column sections that apply to this command, in order; SUBCOMMANDS comes last.
    private func tableRows() -> [(heading: String, rows: [(label: String, help: String)])] {
        var tables: [(heading: String, rows: [(label: String, help: String)])] = []
        let arguments = configuration.isGroup ? [] : configuration.positionals
        if !arguments.isEmpty {
            tables.append(("ARGUMENTS:", arguments.map { ($0.label, $0.help) }))
        }
        tables.append(("OPTIONS:", optionRows()))
        if configuration.isGroup {
            tables.append(("SUBCOMMANDS:", configuration.subcommands.map {
                ($0.configuration.name, $0.configuration.abstract)
            }))
        }
        return tables
    }

    /// The usage line as unbreakable fragments: path, then each argument in its usual brackets.
    func usageItems() -> [String] {
        var items = path
        if configuration.isGroup { return items + ["<subcommand>"] }
        for spec in configuration.arguments {
            switch spec.kind {
            case .option(let value, let repeating, let required):
                let core = "\(spec.label) \(Self.placeholder(value))" + (repeating ? " ..." : "")
                items.append(required ? core : "[\(core)]")
            case .flag:
                items.append("[\(spec.label)]")
            case .positional(let optional):
                let core = spec.label + (spec.repeats ? " ..." : "")
                items.append(optional ? "[\(core)]" : core)
            }
        }
        return items
    }

    private func optionRows() -> [(String, String)] {
        var rows: [(String, String)] = []
        for spec in configuration.arguments where !spec.isPositional && !configuration.isGroup {
            switch spec.kind {
            case .option(let value, let repeating, _):
                rows.append(("\(spec.label) \(Self.placeholder(value))",
                             spec.help + (repeating ? " (can be repeated)" : "")))
            default:
                rows.append((spec.label, spec.help))
            }
        }
        if isRoot, configuration.version != nil { rows.append(("--version", "Show the version.")) }
        rows.append(("-h, --help", "Show help information."))
        return rows
    }

    /// A heading and two aligned columns; a label wider than `labelWidth` gets its own line.
    private func table(_ heading: String, _ rows: [(label: String, help: String)]) -> String {
        let labelWidth = Self.labelWidth
        let helpColumn = 2 + labelWidth + 2
        var output = [heading]
        for row in rows {
            var prefix = "  " + row.label
            if row.label.count > labelWidth {
                output.append(prefix)
                prefix = ""
            }
            prefix = prefix.padded(to: helpColumn)
            output += TextWrapper.wrap(row.help, width: Self.width, prefix: prefix, indent: helpColumn)
                .map { $0.trimmingTrailingSpaces() }
        }
        return lines(output)
    }

    private func lines(_ lines: [String]) -> String {
        lines.joined(separator: "\n")
    }

    /// `<topic>` for `value: "TOPIC"`: lower case in angle brackets, as swift-argument-parser shows values.
    static func placeholder(_ value: String) -> String {
        "<\(value.lowercased())>"
    }
}

private extension String {
    func padded(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    func trimmingTrailingSpaces() -> String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }

    func trimmingTrailingNewlines() -> String {
        String(reversed().drop(while: { $0.isNewline || $0 == " " }).reversed())
    }
}
