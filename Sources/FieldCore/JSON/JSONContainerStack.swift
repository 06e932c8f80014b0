/// The arrays and objects the parser has opened but not yet closed.
///
/// Keeping them on the heap instead of the call stack is what lets hostile input with 100,000
/// opening brackets fail with `tooDeep` instead of overflowing the stack. Members of all open
/// containers share one flat `values` stack, so each finished container is built once, at its
/// exact size, and the stacks' storage is reused for the whole document.
struct JSONContainerStack {
    private struct Frame {
        let isObject: Bool
        /// Where this container's members start in `values`.
        let valueStart: Int
        /// Where this object's keys start in `keys` (unused for arrays).
        let keyStart: Int
    }

    private var frames: [Frame] = []
    private var values: [JSONValue] = []
    private var keys: [String] = []
    /// Byte offset of each key in `keys`, for reporting a duplicate where it was written.
    private var keyOffsets: [Int] = []

    var depth: Int { frames.count }
    var isEmpty: Bool { frames.isEmpty }
    /// Whether the innermost open container is an object; `false` when none is open.
    var innermostIsObject: Bool { frames.last?.isObject ?? false }

    mutating func open(isObject: Bool) {
        frames.append(Frame(isObject: isObject, valueStart: values.count, keyStart: keys.count))
    }

    mutating func appendKey(_ key: String, offset: Int) {
        keys.append(key)
        keyOffsets.append(offset)
    }

    mutating func appendValue(_ value: JSONValue) {
        values.append(value)
    }

    /// Pops the innermost container and returns it as a finished value.
    mutating func close() throws(JSONParseError) -> JSONValue {
        let frame = frames.removeLast()
        let memberCount = values.count - frame.valueStart
        // The members were moved out, leaving `.null`s that cost nothing to drop.
        defer { values.removeLast(memberCount) }
        guard frame.isObject else {
            return .array(moveValues(from: frame.valueStart, count: memberCount))
        }
        defer {
            keys.removeLast(memberCount)
            keyOffsets.removeLast(memberCount)
        }
        let (members, duplicate) = moveMembers(frame: frame, count: memberCount)
        if let duplicate {
            throw JSONParseError(offset: keyOffsets[duplicate], reason: .duplicateKey)
        }
        return .object(members)
    }

    /// Moves `count` values into a new array of exactly that size.
    ///
    /// Moving instead of copying spares a retain and a release per member, which is a large
    /// share of parsing time for documents made of many small records.
    private mutating func moveValues(from start: Int, count: Int) -> [JSONValue] {
        guard count > 0 else { return [] }
        return values.withUnsafeMutableBufferPointer { source in
            [JSONValue](unsafeUninitializedCapacity: count) { target, initializedCount in
                for offset in 0..<count {
                    target.initializeElement(at: offset, to: Self.take(source, at: start + offset, leaving: .null))
                }
                initializedCount = count
            }
        }
    }

    /// Moves the innermost object's keys and values into a dictionary, stopping at a duplicate key.
    /// - Returns: the members, and the index in `keys` of the duplicated key if there was one.
    private mutating func moveMembers(frame: Frame, count: Int) -> (members: [String: JSONValue], duplicate: Int?) {
        var members = [String: JSONValue](minimumCapacity: count)
        let duplicate: Int? = values.withUnsafeMutableBufferPointer { valueSlots in
            keys.withUnsafeMutableBufferPointer { keySlots in
                for member in 0..<count {
                    let key = Self.take(keySlots, at: frame.keyStart + member, leaving: "")
                    let value = Self.take(valueSlots, at: frame.valueStart + member, leaving: .null)
                    if members.updateValue(value, forKey: key) != nil { return frame.keyStart + member }
                }
                return nil
            }
        }
        return (members, duplicate)
    }

    /// Moves an element out of its slot, leaving a placeholder that owns no storage.
    private static func take<Element>(
        _ slots: UnsafeMutableBufferPointer<Element>, at index: Int, leaving placeholder: Element
    ) -> Element {
        var element = placeholder
        swap(&element, &slots[index])
        return element
    }
}
