import PlanModel

/// The SQL an experienced SQLite user would write for the reference queries where SQLite's
/// planner chooses badly for the naive form. Each is justified by its `EXPLAIN QUERY PLAN`
/// (`planq-bench explain DIR/plans.db` prints both forms' plans), quoted here as SQLite 3.40
/// chose them on the generated 10^5- and 10^6-activity sets (the same plans at both sizes); the
/// benchmark checks on every run that each form gives the same answer as planq.
extension ReferenceQueries {
    /// The design card, from the lead's activities upwards.
    ///
    /// Naive plan: `LIST SUBQUERY … CO-ROUTINE sub … SEARCH goal USING COVERING INDEX goal_parent`:
    /// SQLite builds the whole `sub` list first — every goal called SD3 in every plan (one a
    /// plan: 50,000 at 10^6) and every goal below them — to test the few activities the lead
    /// leads against it. The expert starts from the lead's roles (`SEARCH r USING INDEX
    /// role_actor (actor=? AND role=?)`, a handful of rows), keeps those in the quarter, and walks
    /// up from each activity's goal to the top, one `SEARCH goal USING INTEGER PRIMARY KEY` a
    /// step (scalar subqueries: a join there makes SQLite scan `goal` to build a Bloom filter).
    /// Unlike the fixed-depth form (goal, parent, grandparent), the recursion takes any depth.
    static func expertDesignCard(goal: String, actor: String, days: Period) -> String {
        """
        WITH RECURSIVE \(actorsNamed(actor)),
          up(activity, goal) AS (
            SELECT a.id, a.goal FROM role r CROSS JOIN activity a ON a.id = r.activity
            WHERE r.role = 'lead' AND r.actor IN who AND a.start <= '\(days.end)' AND a.end >= '\(days.start)'
            UNION SELECT activity, (SELECT parent FROM goal WHERE id = up.goal) AS parent FROM up WHERE parent IS NOT NULL)
        SELECT plan.code || '.' || a.code FROM activity a JOIN plan ON plan.id = a.plan
        WHERE a.id IN (SELECT activity FROM up WHERE (SELECT code FROM goal WHERE id = up.goal) = \(literal(goal)) COLLATE NOCASE)
        """
    }

    /// The text search, scanning activities once.
    ///
    /// Naive plan: `SCAN plan USING COVERING INDEX sqlite_autoindex_plan_1`, then `SEARCH a USING
    /// INDEX activity_plan (plan=?)`: every activity is reached through the plan index, one
    /// index look-up and one row fetch each. `CROSS JOIN` fixes the order SQLite would not pick:
    /// `SCAN a`, then `SEARCH plan USING INTEGER PRIMARY KEY` for the rows that match (about half
    /// the time at 10^5). No B-tree index helps `LIKE '%…%'`; an FTS5 trigram index would (about
    /// a third faster at 10^5, where most of the time is making the 6,800 result rows), but it
    /// is a second copy of every title, not an index of the table, and matches differently
    /// (fewer than three characters never match), so it is left out.
    static let expertTextSearch = """
        SELECT plan.code || '.' || a.code FROM activity a CROSS JOIN plan ON plan.id = a.plan
        WHERE a.title LIKE '%mantelzorg%'
        """

    /// The ordered and limited list, through the period index.
    ///
    /// Naive plan: `SEARCH a USING INDEX activity_start (start<?)`: SQLite walks activities in
    /// start order to save the sort, from the first year on, fetching each row to test its end
    /// (nearly every activity starts before the end of the year asked). `+a.start` keeps SQLite
    /// off the start index; with the expert's index on `(start, end)` (`SQLitePlanWriter`) the
    /// plan becomes `SEARCH a USING INDEX activity_period (ANY(start) AND end>?)`: a skip-scan
    /// that stays in start order and tests the end in the index, fetching only rows that match.
    static func expertOrderedLimited(year: Int) -> String {
        """
        SELECT plan.code || '.' || a.code AS qid FROM activity a JOIN plan ON plan.id = a.plan
        WHERE +a.start <= '\(year)-12-31' AND a.end >= '\(year)-07-01'
        ORDER BY a.start, lower(qid) LIMIT 10
        """
    }

    /// The count by quarter, spreading each distinct span once.
    ///
    /// Naive plan: `SEARCH a USING COVERING INDEX activity_period (start<?)`, then for every
    /// activity a `date()` call and `SEARCH q USING INDEX quarter_start (start>? AND start<?)`:
    /// the date arithmetic and the quarter look-up run once per activity. Activities share
    /// few distinct (first quarter, end) spans, so the expert groups by those first
    /// (`MATERIALIZE spans … USE TEMP B-TREE FOR GROUP BY`, text slicing instead of `date()`),
    /// then spreads each span over its quarters and adds up.
    static func expertCountByQuarter(year: Int) -> String {
        """
        WITH spans(first_day, last_day, n) AS (
          SELECT substr(a.start, 1, 5) || printf('%02d', (CAST(substr(a.start, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) || '-01',
                 a.end, count(*)
          FROM activity a WHERE a.start <= '\(year)-12-31' AND a.end >= '\(year)-01-01' GROUP BY 1, 2)
        SELECT q.label, sum(n) FROM spans JOIN quarter q ON q.start BETWEEN spans.first_day AND spans.last_day
        GROUP BY q.label ORDER BY q.start
        """
    }
}
