import PlanModel

/// One question asked both ways: in planq's language and in SQL over `SQLitePlanWriter`'s tables.
/// Both answers are rows of text: plan-qualified ids (`z3-2024.A2.1`), actor ids, or
/// `label<TAB>count` for counts by group.
public struct ReferenceQuery: Sendable {
    public let name: String
    public let planq: String
    /// The naive SQL: the tables joined as the question reads, left to SQLite's planner.
    public let sql: String
    /// Whether the order of the rows is part of the answer (`order by`, groups); otherwise
    /// the rows are compared as sets (SQL promises no order without ORDER BY).
    public let ordered: Bool
    /// What an experienced SQLite user would write instead, where the planner chooses badly
    /// for the naive form (`ExpertSQL.swift` says why, from `EXPLAIN QUERY PLAN`); nil where
    /// the naive form's plan is already the one an expert wants.
    public var expertSQL: String?

    public init(name: String, planq: String, sql: String, ordered: Bool, expertSQL: String? = nil) {
        self.name = name
        self.planq = planq
        self.sql = sql
        self.ordered = ordered
        self.expertSQL = expertSQL
    }

    /// The SQL forms to run: the naive one, then the expert one where there is one.
    public var sqlForms: [(form: SQLForm, sql: String)] {
        [(.naive, sql)] + (expertSQL.map { [(.expert, $0)] } ?? [])
    }
}

/// Which SQL form of a reference query an answer or a time belongs to.
public enum SQLForm: String, Sendable {
    case naive, expert
}

/// The reference queries of the benchmark, written for a generated plan set (about one zone,
/// the focus, and one year) and for the example plans.
public enum ReferenceQueries {
    public static func generated(zone: Int = 3, year: Int = 2024) -> [ReferenceQuery] {
        let plan = PlanSetGenerator.planID(zone: zone, year: year)
        let elz = PlanSetGenerator.zoneAlias(zone: zone)
        let group = PlanSetGenerator.careProvidersGroup(zone: zone)
        return [
            designCard(goal: "SD3", actor: elz, year: year, quarter: 1),
            // No expert form (plans from `planq-bench explain`, at 10^5): the subtree walks down
            // `goal_plan` and `goal_parent`, then `SEARCH a USING INDEX activity_goal (goal=?)`
            // for its few goals: index look-ups only, as an expert would have it.
            ReferenceQuery(
                name: "goal subtree with a period",
                planq: "activities for \(plan).SD2 in \(year) H1",
                sql: """
                    WITH RECURSIVE \(subtree(plan: plan, goal: "SD2"))
                    SELECT plan.code || '.' || a.code FROM activity a JOIN plan ON plan.id = a.plan
                    WHERE a.goal IN sub AND a.start <= '\(year)-06-30' AND a.end >= '\(year)-01-01'
                    """,
                ordered: false),
            // No expert form: `SEARCH role USING INDEX role_actor (actor=? AND role=?)` for the
            // group and its members, then each activity by `INTEGER PRIMARY KEY`.
            ReferenceQuery(
                name: "role through a group",
                planq: "activities with partner \"\(group)\"",
                sql: """
                    WITH \(actorsNamed(group))
                    SELECT plan.code || '.' || a.code FROM activity a JOIN plan ON plan.id = a.plan
                    WHERE a.id IN (SELECT activity FROM role WHERE role = 'partner' AND actor IN who)
                    """,
                ordered: false),
            ReferenceQuery(
                name: "text search",
                planq: "activities where title ~ \"mantelzorg\"",
                sql: """
                    SELECT plan.code || '.' || a.code FROM activity a JOIN plan ON plan.id = a.plan
                    WHERE a.title LIKE '%mantelzorg%'
                    """,
                ordered: false, expertSQL: expertTextSearch),
            ReferenceQuery(
                name: "count by quarter",
                planq: "count activities in \(year) by quarter",
                // Every quarter an activity touches: from the quarter its start falls in (the
                // first of that month, back 0-2 months) to its end, found by the quarters' index.
                sql: """
                    SELECT q.label, count(*) FROM activity a JOIN quarter q
                      ON q.start BETWEEN date(a.start, 'start of month',
                                              printf('-%d months', (CAST(strftime('%m', a.start) AS INTEGER) - 1) % 3))
                                 AND a.end
                    WHERE a.start <= '\(year)-12-31' AND a.end >= '\(year)-01-01'
                    GROUP BY q.label ORDER BY q.start
                    """,
                ordered: true, expertSQL: expertCountByQuarter(year: year)),
            ReferenceQuery(
                name: "ordered, limited",
                planq: "activities in \(year) H2 order by start, id limit 10",
                sql: """
                    SELECT plan.code || '.' || a.code AS qid FROM activity a JOIN plan ON plan.id = a.plan
                    WHERE a.start <= '\(year)-12-31' AND a.end >= '\(year)-07-01'
                    ORDER BY a.start, lower(qid) LIMIT 10
                    """,
                ordered: true, expertSQL: expertOrderedLimited(year: year)),
            // No expert form: subtree by index, `SEARCH a USING COVERING INDEX activity_goal`,
            // `SEARCH role USING INDEX role_activity`, actors by `INTEGER PRIMARY KEY`.
            ReferenceQuery(
                name: "two hops: actors of a goal",
                planq: "actors of \(plan).SD1 order by name",
                sql: """
                    WITH RECURSIVE \(subtree(plan: plan, goal: "SD1"))
                    SELECT code FROM actor
                    WHERE id IN (SELECT role.actor FROM role JOIN activity a ON a.id = role.activity WHERE a.goal IN sub)
                    ORDER BY lower(name), id
                    """,
                ordered: true),
            // No expert form: it starts from the lead's roles (`role_actor`), a handful of rows,
            // and tests each activity's period; nothing is scanned.
            ReferenceQuery(
                name: "no match",
                planq: "activities with lead \(elz) in \(PlanSetGenerator.firstYear - 1)",
                sql: """
                    WITH \(actorsNamed(elz))
                    SELECT plan.code || '.' || a.code FROM activity a JOIN plan ON plan.id = a.plan
                    WHERE a.id IN (SELECT activity FROM role WHERE role = 'lead' AND actor IN who)
                      AND a.start <= '\(PlanSetGenerator.firstYear - 1)-12-31' AND a.end >= '\(PlanSetGenerator.firstYear - 1)-01-01'
                    """,
                ordered: false),
            // No expert form: `SEARCH a USING INDEX activity_plan (plan=?)` for the one plan.
            countByGoal(plan: plan),
        ]
    }

    /// The questions of the one-shot comparison, over the example plans: the one issue 11's
    /// table quotes (`activities of elz`), the design card's (in a quarter where ELZ Leuven
    /// leads something, so that the answers agree on rows and not on nothing), a count.
    public static let examples: [ReferenceQuery] = [
        ReferenceQuery(
            name: "activities of a plan",
            planq: "activities of elz",
            sql: "SELECT plan.code || '.' || a.code FROM activity a JOIN plan ON plan.id = a.plan WHERE plan.code = 'elz'",
            ordered: false),
        designCard(goal: "SD2", actor: "ELZ", year: 2024, quarter: 3),
        countByGoal(plan: "zzl"),
    ]

    /// The design card's question: what serves a goal in a quarter, with whom in the lead.
    static func designCard(goal: String, actor: String, year: Int, quarter: Int) -> ReferenceQuery {
        let days = Period.quarters(year, quarter, quarter)!
        return ReferenceQuery(
            name: "design card",
            planq: "activities for \(goal) in \(year) Q\(quarter) with lead \(actor)",
            sql: """
                WITH RECURSIVE \(actorsNamed(actor)),
                  sub(id) AS (SELECT id FROM goal WHERE code = \(literal(goal))
                              UNION ALL SELECT goal.id FROM goal JOIN sub ON goal.parent = sub.id)
                SELECT plan.code || '.' || a.code FROM activity a JOIN plan ON plan.id = a.plan
                WHERE a.id IN (SELECT activity FROM role WHERE role = 'lead' AND actor IN who)
                  AND a.goal IN sub AND a.start <= '\(days.end)' AND a.end >= '\(days.start)'
                """,
            ordered: false, expertSQL: expertDesignCard(goal: goal, actor: actor, days: days))
    }

    static func countByGoal(plan: String) -> ReferenceQuery {
        ReferenceQuery(
            name: "count by goal in a plan",
            planq: "count activities of \(plan) by goal",
            sql: """
                SELECT plan.code || '.' || goal.code, count(*) FROM activity a
                JOIN goal ON goal.id = a.goal JOIN plan ON plan.id = a.plan
                WHERE plan.code = \(literal(plan)) GROUP BY goal.id ORDER BY goal.id
                """,
            ordered: true)
    }

    /// `named`: the actors whose id, name or alias is `name`; `who`: those, their members, and
    /// the groups they are members of (planq's reading of a name in `with ROLE NAME`).
    static func actorsNamed(_ name: String) -> String {
        """
        named(id) AS (SELECT id FROM actor WHERE code = \(literal(name)) OR name = \(literal(name))
                      UNION SELECT actor FROM alias WHERE alias = \(literal(name))),
          who(id) AS (SELECT id FROM named UNION SELECT member FROM member WHERE grp IN named
                      UNION SELECT grp FROM member WHERE member IN named)
        """
    }

    /// `sub`: a goal of a plan and every goal below it.
    static func subtree(plan: String, goal: String) -> String {
        """
        sub(id) AS (SELECT goal.id FROM goal JOIN plan ON plan.id = goal.plan
                      WHERE plan.code = \(literal(plan)) AND goal.code = \(literal(goal))
                    UNION ALL SELECT goal.id FROM goal JOIN sub ON goal.parent = sub.id)
        """
    }

    /// A SQL string literal: single quotes, with quotes inside doubled.
    static func literal(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}
