import PlanModel

/// Which keys each section of a plan file accepts (see Grammar/plan-format.md). A key
/// not listed is an error with a suggestion for the nearest listed one.
enum Schema {
    static let topLevel = ["plan", "actors", "themes", "goals", "activities", "work_packages", "events",
                           "achievements", "core_functions", "success_factors", "staff"]

    static let common = ["id", "source", "notes"]

    static let plan = common + ["title", "owner", "period", "start", "end", "source", "version", "date", "versions",
                                "status", "approximate", "written"]
    static let actor = common + ["name", "type", "aliases", "category", "members", "tasks", "composition",
                                 "frequency", "description", "note"]
    static let theme = common + ["name", "family", "column", "description"]
    static let goal = common + ["level", "title", "text", "parent", "deadline", "period", "start", "end",
                                "approximate", "written"]
    static let activity = common + ["goal", "title", "description", "why", "target_groups", "will_do",
                                    "will_not_do", "steps", "channels", "links", "links_text", "own_role_text",
                                    "partners_text", "start", "end", "period", "months", "phase", "actors",
                                    "contributes", "indicators", "approximate", "written"]
    static let indicator = common + ["type", "text"]
    static let workPackage = common + ["title", "description", "region_and_target_group", "partners_text",
                                       "actors", "timing_text", "start", "end", "period", "budget_fte",
                                       "budget_text", "contribution", "goals", "contributes", "approximate", "written"]
    static let event = common + ["type", "title", "date", "written", "approximate", "actors", "description"]
    static let achievement = common + ["area", "text", "why"]
    static let coreFunction = common + ["name", "text"]
    static let successFactor = common + ["status", "area", "text"]
    static let staff = common + ["role", "employer", "employer_text", "share"]
    static let sourceKeys = ["line", "lines", "section", "document", "file"]
    static let versionKeys = ["version", "date", "description", "authors"]

    /// Plan-file sections holding lists of plan nodes, with their node kind and keys.
    static let nodeSections: [(key: String, kind: NodeKind, keys: [String])] = [
        ("themes", .theme, theme), ("goals", .goal, goal), ("activities", .activity, activity),
        ("work_packages", .workPackage, workPackage), ("events", .event, event),
        ("achievements", .achievement, achievement), ("core_functions", .coreFunction, coreFunction),
        ("success_factors", .successFactor, successFactor), ("staff", .staff, staff),
    ]

    static let goalLevels = ["strategic", "operational"]
    static let indicatorKinds = ["process", "output", "outcome"]
    static let eventKinds = ["event", "milestone"]
    static let phases = ["development", "pilot", "implementation", "roll-out", "unknown"]
    static let themeFamilies = ["quintuple-aim", "integration-task"]
    static let factorStatuses = ["met", "to_meet"]
}

/// The key lists as tables the builder looks keys up in, with each key's field type.
extension Schema {
    static let topLevelKeys = KeyTable(topLevel)
    static let planTable = KeyTable(plan, kind: .plan)
    static let actorTable = KeyTable(actor, kind: .actor)
    static let indicatorTable = KeyTable(indicator, kind: .indicator)
    static let sourceTable = KeyTable(sourceKeys)
    static let versionTable = KeyTable(versionKeys)
    static let roleEntryTable = KeyTable(["actor", "note"])
    /// The roles under an item's `actors:`, in `Role.code` order (a table's index is the code).
    static let roleTable = KeyTable(Role.allCases.map(\.rawValue))
    static let nodeSectionTables: [(key: String, kind: NodeKind, table: KeyTable)] =
        nodeSections.map { ($0.key, $0.kind, KeyTable($0.keys, kind: $0.kind)) }
}
