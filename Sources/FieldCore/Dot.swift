/// One write event: the `counter`-th write that `device` made to a record.
///
/// Dots name writes uniquely within a record, which is what lets the merge tell
/// "overwritten by a write that saw it" apart from "written concurrently".
public struct Dot: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let device: DeviceID
    public let counter: UInt64

    public init(device: DeviceID, counter: UInt64) {
        self.device = device
        self.counter = counter
    }

    /// Orders by device id (its bytes), then counter: a total order used only to keep encodings canonical.
    public static func < (lhs: Dot, rhs: Dot) -> Bool {
        if lhs.device != rhs.device { return lhs.device < rhs.device }
        return lhs.counter < rhs.counter
    }

    public var description: String { "\(device.rawValue):\(counter)" }
}
