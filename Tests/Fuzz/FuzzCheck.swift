/// Stops the process when a fuzzing invariant fails, so libFuzzer reports it and saves the input.
///
/// A trap is what libFuzzer treats as a crash; the message says which invariant broke. Messages
/// name rules and sizes, never the input's bytes, like every other error in FieldKit.
enum FuzzCheck {
    static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        guard condition() else { fatalError("fuzz invariant broken: \(message())", file: file, line: line) }
    }
}
