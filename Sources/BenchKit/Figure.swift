/// One row of the benchmark: a figure of FieldKit's real code, usually beside a plain-SQLite
/// baseline measured in the same run, so the ratio means something on whatever machine it runs.
///
/// Some rows have nothing to compare with (peak memory, coordinator latency): their target is an
/// absolute bound in the row's own unit, and they have no baseline and no ratio.
public struct Figure: Encodable, Sendable {
    /// Whether a bigger value is better (throughput) or a smaller one (latency).
    public enum Direction: String, Encodable, Sendable {
        case higherIsBetter = "higher"
        case lowerIsBetter = "lower"
    }

    /// What `target` bounds: the ratio to the baseline, or the value itself in the row's unit.
    public enum TargetKind: String, Encodable, Sendable {
        case ratio
        case absolute
    }

    public let name: String
    public let unit: String
    public let direction: Direction
    /// nil when the row was not measured in this run.
    public let value: Double?
    public let baseline: Double?
    /// For throughput: value / baseline (or value, when absolute) must be at least `target`.
    /// For latency and memory: it must be at most `target`.
    public let target: Double
    public let targetKind: TargetKind
    /// What was measured, or why the row was not.
    public let note: String

    public var ratio: Double? {
        guard let value, let baseline, baseline > 0 else { return nil }
        return value / baseline
    }

    /// Whether the target is met; nil when the row has no number to compare.
    public var met: Bool? {
        guard let compared = targetKind == .absolute ? value : ratio else { return nil }
        return direction == .higherIsBetter ? compared >= target : compared <= target
    }

    public init(name: String, unit: String, direction: Direction, value: Double?, baseline: Double?, target: Double,
                targetKind: TargetKind = .ratio, note: String) {
        (self.name, self.unit, self.direction) = (name, unit, direction)
        (self.value, self.baseline, self.target, self.targetKind, self.note) = (value, baseline, target, targetKind, note)
    }

    /// A row with no baseline whose value must stay within `target` (in `unit`).
    public static func absolute(_ name: String, unit: String, direction: Direction, value: Double?, target: Double, note: String) -> Figure {
        Figure(name: name, unit: unit, direction: direction, value: value, baseline: nil, target: target, targetKind: .absolute, note: note)
    }

    /// A row kept in the table without a number, saying why.
    public static func notMeasured(_ name: String, unit: String, direction: Direction, target: Double,
                                   targetKind: TargetKind = .ratio, reason: String) -> Figure {
        Figure(name: name, unit: unit, direction: direction, value: nil, baseline: nil, target: target, targetKind: targetKind, note: reason)
    }

    enum CodingKeys: String, CodingKey {
        case name, unit, direction, value, baseline, ratio, target, met, note
        case targetKind = "target_kind"
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
        try container.encode(targetKind, forKey: .targetKind)
        try container.encode(met, forKey: .met)
        try container.encode(note, forKey: .note)
    }
}
