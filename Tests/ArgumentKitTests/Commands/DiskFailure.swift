/// An error that is not a `CommandError`, with a multi-line description.
struct DiskFailure: Error, CustomStringConvertible {
    var description: String { "disk full\n  while writing notes.sqlite" }
}
