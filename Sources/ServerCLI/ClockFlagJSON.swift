import FieldStore

/// One clock flag in `review show --json`: why, how far off, which device, when it was flagged.
struct ClockFlagJSON: Encodable {
    let reason: String
    let offByMs: Int64
    let device: String
    let flaggedAt: String
    let message: String

    init(_ flag: ClockFlag) {
        reason = flag.reason.rawValue
        offByMs = flag.offBy
        device = flag.device.rawValue
        flaggedAt = flag.flaggedAt.iso8601
        message = ClockFlagText.sentence(flag)
    }

    enum CodingKeys: String, CodingKey {
        case reason, device, message
        case offByMs = "off_by_ms"
        case flaggedAt = "flagged_at"
    }
}
