/// One row of the benchmark: a figure of FieldKit's real code beside a plain-SQLite baseline
/// measured in the same run, so the ratio means something on whatever machine it runs.
public struct Figure: Encodable, Sendable {
    /// Whether a bigger value is better (throughput) or a smaller one (latency).
    public enum Direction: String, Encodable, Sendable {
        case higherIsBetter = "higher"
        case lowerIsBetter = "lower"
    }

    public let name: String
    public let unit: String
    public let direction: Direction
    /// nil when the row was not measured in this run.
    public let value: Double?
    public let baseline: Double?
    /// For throughput: value / baseline, must be at least `target`.
    /// For latency: value / baseline, must be at most `target`.
    public let target: Double
    /// What was measured, or why the row was not.
    public let note: String

    public var ratio: Double? {
        guard let value, let baseline, baseline > 0 else { return nil }
        return value / baseline
    }

    public var met: Bool? {
        guard let ratio else { return nil }
        return direction == .higherIsBetter ? ratio >= target : ratio <= target
    }

    public init(name: String, unit: String, direction: Direction, value: Double?, baseline: Double?, target: Double, note: String) {
        (self.name, self.unit, self.direction) = (name, unit, direction)
        (self.value, self.baseline, self.target, self.note) = (value, baseline, target, note)
    }

    /// A row kept in the table without a number, saying why.
    public static func notMeasured(_ name: String, unit: String, direction: Direction, target: Double, reason: String) -> Figure {
        Figure(name: name, unit: unit, direction: direction, value: nil, baseline: nil, target: target, note: reason)
    }

    enum CodingKeys: String, CodingKey {
        case name, unit, direction, value, baseline, ratio, target, met, note
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(direction, forKey: .direction)
        try container.encode(value, forKey: .value)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(ratio, forKey: .ratio)
        try container.encode(target, forKey: .target)
        try container.encode(met, forKey: .met)
        try container.encode(note, forKey: .note)
    }
}
