extension Connection {
    /// When a transaction takes its locks: on first use, at BEGIN for writing, or at BEGIN exclusively.
    public enum TransactionKind: Sendable {
        case deferred
        case immediate
        case exclusive

        /// The keyword after BEGIN.
        var keyword: String {
            switch self {
            case .deferred: return "DEFERRED"
            case .immediate: return "IMMEDIATE"
            case .exclusive: return "EXCLUSIVE"
            }
        }
    }
}
