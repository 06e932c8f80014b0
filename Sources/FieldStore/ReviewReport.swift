import FieldCore

/// Counts for coordinators: per neighbourhood, per topic and per week, with moods and follow-ups.
public struct ReviewReport: Sendable, Equatable {
    /// One line of a breakdown.
    public struct Line: Sendable, Equatable {
        public let key: String
        public let notes: Int
        public let positive: Int
        public let neutral: Int
        public let concerned: Int
        public let openFollowUps: Int
        /// Open follow-ups whose due date has passed.
        public let overdueFollowUps: Int
    }

    /// Notes in one week (Monday 00:00 UTC) in one neighbourhood, for the weekly chart.
    public struct WeekCell: Sendable, Equatable {
        public let weekStart: Timestamp
        public let neighbourhood: String
        public let notes: Int
    }

    /// Notes on one topic in one neighbourhood, for the topics chart.
    public struct TopicCell: Sendable, Equatable {
        public let neighbourhood: String
        public let topic: String
        public let notes: Int
    }

    public let total: Line
    public let byNeighbourhood: [Line]
    public let byTopic: [Line]
    /// Keyed by the week's Monday as `YYYY-MM-DD`.
    public let byWeek: [Line]
    public let weekCells: [WeekCell]
    public let topicCells: [TopicCell]
}
