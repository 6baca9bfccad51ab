import PlanModel

/// A plan set as plain rows: what `PlanSetGenerator` makes (and `PlanSet(graph:)` reads from
/// loaded plans), and what `YAMLPlanWriter` and `SQLitePlanWriter` write. References are
/// indices: actors into `actors`, goals, themes and activities into their plan's arrays.
public struct PlanSet: Sendable {
    public var actors: [Actor] = []
    /// The shared actors files, each a name and a range of `actors`.
    public var actorFiles: [(name: String, actors: Range<Int>)] = []
    public var plans: [Plan] = []

    public init() {}

    public struct Actor: Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var aliases: [String] = []
        public var members: [Int] = []
    }

    public struct Plan: Sendable {
        public var id: String
        public var title: String
        public var owner: Int?
        /// As written in the plan file (`2024`, `2024-01-01..2025-12-31`).
        public var periodText: String
        public var period: Period
        public var version: String?
        public var themes: [Theme] = []
        public var goals: [Goal] = []
        public var activities: [Activity] = []
        public var events: [Event] = []
    }

    public struct Theme: Sendable {
        public var id: String
        public var name: String
        public var family: String
    }

    public struct Goal: Sendable {
        public var id: String
        public var level: String
        public var title: String
        public var parent: Int?
        public var deadline: String?
    }

    public struct Activity: Sendable {
        public var id: String
        public var goal: Int
        public var title: String
        public var description: String?
        public var targetGroups: [String] = []
        /// As written (`2024-03-01`, `2024 Q2`), with the days they stand for.
        public var startText: String?
        public var endText: String?
        /// The period that applies: its own (`start`..`end`), else its plan's.
        public var period: Period
        public var phase: String?
        public var roles: [RoleLink] = []
        public var contributes: [Int] = []
        public var links: [Int] = []
        public var indicators: [Indicator] = []
        public var sourceLine: Int?
        public var note: String?
    }

    public struct RoleLink: Sendable {
        public var role: Role
        public var actor: Int
        public var note: String?
    }

    public struct Indicator: Sendable {
        public var id: String
        public var kind: String
        public var text: String
    }

    public struct Event: Sendable {
        public var id: String
        public var kind: String
        public var title: String
        public var date: Day
    }

    public var activityCount: Int { plans.reduce(0) { $0 + $1.activities.count } }
}
