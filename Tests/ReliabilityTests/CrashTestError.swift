/// A crash test that could not go on, with what happened.
struct CrashTestError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
