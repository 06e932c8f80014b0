/// A version vector: for each device, how many of its writes to one record have been seen.
///
/// STRUCTURE
/// - `counters` maps a device to a positive count; a device absent from the map has count 0.
///   No entry is ever stored with count 0, so equal histories have equal values (and encodings).
/// - Because records travel in full state, a vector is downward closed: seeing device D's
///   write n implies seeing D's writes 1...n to the same record. This is what makes a vector a
///   faithful causal context for the per-field dots (see `RecordMerge`).
///
/// The API is deliberately small and total: increment, merge, contains, compare.
public struct VersionVector: Hashable, Sendable, CustomStringConvertible {
    public private(set) var counters: [DeviceID: UInt64]

    public init() {
        counters = [:]
    }

    /// Builds a vector, dropping zero counts so the value stays canonical.
    public init(_ counters: [DeviceID: UInt64]) {
        self.counters = counters.filter { $0.value > 0 }
    }

    public static let empty = VersionVector()

    /// The count of writes seen from `device`; 0 when none.
    public subscript(device: DeviceID) -> UInt64 {
        counters[device] ?? 0
    }

    /// Records one more write by `device` and returns its dot.
    public mutating func increment(_ device: DeviceID) -> Dot {
        let next = self[device] + 1
        counters[device] = next
        return Dot(device: device, counter: next)
    }

    /// The least vector that has seen everything either side has: the pointwise maximum.
    public func merged(with other: VersionVector) -> VersionVector {
        var result = self
        for (device, count) in other.counters where count > result[device] {
            result.counters[device] = count
        }
        return result
    }

    /// Whether the write named by `dot` is part of this history.
    public func contains(_ dot: Dot) -> Bool {
        dot.counter > 0 && dot.counter <= self[dot.device]
    }

    /// Whether this history includes all of `other` (equal counts as descending).
    public func descends(from other: VersionVector) -> Bool {
        other.counters.allSatisfy { device, count in self[device] >= count }
    }

    /// Whether this history strictly includes `other`.
    public func dominates(_ other: VersionVector) -> Bool {
        descends(from: other) && self != other
    }

    /// How this vector relates to `other`.
    public func compare(to other: VersionVector) -> CausalOrder {
        switch (descends(from: other), other.descends(from: self)) {
        case (true, true): return .equal
        case (true, false): return .after
        case (false, true): return .before
        case (false, false): return .concurrent
        }
    }

    /// Entries sorted by device id: the canonical order for encodings and display.
    public var sortedEntries: [(device: DeviceID, counter: UInt64)] {
        counters.sorted { $0.key < $1.key }.map { (device: $0.key, counter: $0.value) }
    }

    /// Sum of all counters: how many writes this history holds.
    public var totalWrites: UInt64 {
        counters.values.reduce(0, +)
    }

    public var description: String {
        "{" + sortedEntries.map { "\($0.device.rawValue):\($0.counter)" }.joined(separator: ", ") + "}"
    }
}
