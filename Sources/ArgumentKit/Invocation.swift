/// What the command line asks for, once parsed: help, the version, or a command to run.
enum Invocation {
    /// Print the help of `command`, reached through `path`.
    case help(command: any ParsableCommand.Type, path: [String])
    /// Print the root command's version.
    case version(String)
    /// Build `command` from `arguments` and run it.
    case run(command: any ParsableCommand.Type, arguments: ParsedArguments)
}
