import FieldCore
import FieldStore

/// How `review show` tells a coordinator that a note's recorded time looks wrong.
enum ClockFlagText {
    /// `Recorded time looks wrong: 3 days in the future by this laptop's clock (device …, flagged … UTC)`.
    static func line(_ flag: ClockFlag) -> String {
        "\(sentence(flag)) (device \(flag.device.rawValue), flagged \(UTCTime.labelled(flag.flaggedAt)))"
    }

    /// The sentence alone, as the English review page shows it.
    static func sentence(_ flag: ClockFlag) -> String {
        let span = AgePeriod.approximately(milliseconds: flag.offBy).english
        return switch flag.reason {
        case .future: "Recorded time looks wrong: \(span) in the future by this laptop's clock"
        case .beforeEnrollment: "Recorded time looks wrong: \(span) before this laptop was enrolled"
        }
    }
}
