import PlanModel

/// Writes a plan set as plain relational tables, with the indexes a competent SQL user would
/// create for questions like the reference queries: codes and names (case-insensitive),
/// foreign keys in both directions, dates. Days are ISO text (`2024-03-31`), which compares
/// in date order; an activity's `start`/`end` are the days that apply to it (its own, else
/// its plan's), as planq's graph resolves them when it loads.
public enum SQLitePlanWriter {
    public static let schema = """
        CREATE TABLE plan (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
                           owner INTEGER REFERENCES actor, start TEXT NOT NULL, end TEXT NOT NULL);
        CREATE TABLE actor (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                            name TEXT NOT NULL COLLATE NOCASE, kind TEXT NOT NULL);
        CREATE TABLE alias (actor INTEGER NOT NULL REFERENCES actor, alias TEXT NOT NULL COLLATE NOCASE);
        CREATE TABLE member (grp INTEGER NOT NULL REFERENCES actor, member INTEGER NOT NULL REFERENCES actor,
                             PRIMARY KEY (grp, member)) WITHOUT ROWID;
        CREATE TABLE theme (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES plan,
                            code TEXT NOT NULL COLLATE NOCASE, name TEXT NOT NULL, family TEXT);
        CREATE TABLE goal (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES plan,
                           code TEXT NOT NULL COLLATE NOCASE, parent INTEGER REFERENCES goal, level TEXT,
                           title TEXT NOT NULL, deadline TEXT);
        CREATE TABLE activity (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES plan,
                               code TEXT NOT NULL COLLATE NOCASE, goal INTEGER NOT NULL REFERENCES goal,
                               title TEXT NOT NULL, description TEXT, start TEXT NOT NULL, end TEXT NOT NULL,
                               phase TEXT);
        CREATE TABLE role (activity INTEGER NOT NULL REFERENCES activity, role TEXT NOT NULL,
                           actor INTEGER NOT NULL REFERENCES actor, note TEXT);
        CREATE TABLE contribution (activity INTEGER NOT NULL REFERENCES activity, theme INTEGER NOT NULL REFERENCES theme,
                                   PRIMARY KEY (activity, theme)) WITHOUT ROWID;
        CREATE TABLE link (source INTEGER NOT NULL REFERENCES activity, target INTEGER NOT NULL REFERENCES activity);
        CREATE TABLE indicator (id INTEGER PRIMARY KEY, activity INTEGER NOT NULL REFERENCES activity,
                                code TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL);
        CREATE TABLE event (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES plan, code TEXT NOT NULL,
                            kind TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL);
        -- A calendar of quarters, for counting by quarter.
        CREATE TABLE quarter (label TEXT PRIMARY KEY, start TEXT NOT NULL, end TEXT NOT NULL);
        """

    public static let indexes = """
        CREATE INDEX actor_name ON actor (name);
        CREATE INDEX alias_alias ON alias (alias);
        CREATE INDEX member_member ON member (member);
        CREATE INDEX theme_plan ON theme (plan, code);
        CREATE INDEX goal_plan ON goal (plan, code);
        CREATE INDEX goal_code ON goal (code);
        CREATE INDEX goal_parent ON goal (parent);
        CREATE INDEX activity_plan ON activity (plan, code);
        CREATE INDEX activity_goal ON activity (goal);
        CREATE INDEX activity_start ON activity (start);
        CREATE INDEX activity_end ON activity (end);
        -- The index an expert adds for period questions that are also ordered by start: with it,
        -- `ORDER BY start` and a test on `end` are one skip-scan of the index (ExpertSQL.swift).
        CREATE INDEX activity_period ON activity (start, end);
        CREATE INDEX role_actor ON role (actor, role);
        CREATE INDEX role_activity ON role (activity);
        CREATE INDEX contribution_theme ON contribution (theme);
        CREATE INDEX link_target ON link (target);
        CREATE INDEX indicator_activity ON indicator (activity);
        CREATE INDEX event_plan ON event (plan);
        CREATE INDEX quarter_start ON quarter (start);
        ANALYZE;
        """

    /// Creates the tables in `db` and fills them from `set` in one transaction.
    public static func write(_ set: PlanSet, to db: SQLiteDatabase) throws {
        // Generated data can be made again: no journal, no syncing while it is written.
        try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try db.execute(schema)
        try db.execute("BEGIN")
        let insert = try Inserts(db)
        for year in 2000...2040 {
            for q in 1...4 {
                let p = Period.quarters(year, q, q)!
                try insert.row(insert.quarter, p.description, p.start.description, p.end.description)
            }
        }
        for (i, a) in set.actors.enumerated() {
            try insert.row(insert.actor, i + 1, a.id, a.name, a.kind)
            for alias in a.aliases { try insert.row(insert.alias, i + 1, alias) }
            for m in a.members { try insert.row(insert.member, i + 1, m + 1) }
        }
        var ids = (theme: 0, goal: 0, activity: 0, indicator: 0, event: 0)
        for (p, plan) in set.plans.enumerated() {
            let planID = p + 1
            try insert.row(insert.plan, planID, plan.id, plan.title, plan.owner.map { $0 + 1 },
                           plan.period.start.description, plan.period.end.description)
            let themeBase = ids.theme, goalBase = ids.goal, activityBase = ids.activity
            for t in plan.themes {
                ids.theme += 1
                try insert.row(insert.theme, ids.theme, planID, t.id, t.name, t.family)
            }
            for g in plan.goals {
                ids.goal += 1
                try insert.row(insert.goal, ids.goal, planID, g.id, g.parent.map { goalBase + $0 + 1 }, g.level, g.title, g.deadline)
            }
            for a in plan.activities {
                ids.activity += 1
                let id = ids.activity
                try insert.row(insert.activity, id, planID, a.id, goalBase + a.goal + 1, a.title, a.description,
                               a.period.start.description, a.period.end.description, a.phase)
                for r in a.roles { try insert.row(insert.role, id, r.role.rawValue, r.actor + 1, r.note) }
                for t in a.contributes { try insert.row(insert.contribution, id, themeBase + t + 1) }
                for l in a.links { try insert.row(insert.link, id, activityBase + l + 1) }
                for i in a.indicators {
                    ids.indicator += 1
                    try insert.row(insert.indicator, ids.indicator, id, i.id, i.kind, i.text)
                }
            }
            for e in plan.events {
                ids.event += 1
                try insert.row(insert.event, ids.event, planID, e.id, e.kind, e.title, e.date.description)
            }
        }
        try db.execute("COMMIT")
        try db.execute(indexes)
    }

    /// The insert statements, prepared once.
    struct Inserts {
        let quarter, actor, alias, member, plan, theme, goal, activity, role, contribution, link, indicator, event: SQLiteStatement

        init(_ db: SQLiteDatabase) throws {
            func insert(_ table: String, _ columns: Int) throws -> SQLiteStatement {
                try db.prepare("INSERT INTO \(table) VALUES (\(Array(repeating: "?", count: columns).joined(separator: ", ")))")
            }
            quarter = try insert("quarter", 3)
            actor = try insert("actor", 4)
            alias = try insert("alias", 2)
            member = try insert("member", 2)
            plan = try insert("plan", 6)
            theme = try insert("theme", 5)
            goal = try insert("goal", 7)
            activity = try insert("activity", 9)
            role = try insert("role", 4)
            contribution = try insert("contribution", 2)
            link = try insert("link", 2)
            indicator = try insert("indicator", 5)
            event = try insert("event", 6)
        }

        /// Binds the values in order (text, integers, or NULL for nil) and runs the insert.
        func row(_ statement: SQLiteStatement, _ values: (any SQLValue)?...) throws {
            for (i, value) in values.enumerated() {
                let index = Int32(i + 1)
                switch value {
                case let text as String: statement.bind(index, text)
                case let number as Int: statement.bind(index, number)
                default: statement.bind(index, nil as String?)
                }
            }
            try statement.run()
        }
    }
}

/// What `SQLitePlanWriter` binds: text or an integer.
protocol SQLValue {}
extension String: SQLValue {}
extension Int: SQLValue {}
