/// A fault test could not set up its world (a server that did not start, a lock not taken).
struct FaultSetupError: Error, CustomStringConvertible {
    let description: String
}
