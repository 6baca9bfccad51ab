import Testing
import PlanWords
@testable import QuerySyntax

/// Period text → the days it covers, both ends inclusive (Grammar/query.ebnf, "Period boundaries").
let periodCases: [(period: String, days: String)] = [
    ("2024", "2024-01-01..2024-12-31"),
    ("2024 Q1", "2024-01-01..2024-03-31"),
    ("2024 Q2", "2024-04-01..2024-06-30"),
    ("2024 Q3", "2024-07-01..2024-09-30"),
    ("2024 Q4", "2024-10-01..2024-12-31"),
    ("2024 H1", "2024-01-01..2024-06-30"),
    ("2024 H2", "2024-07-01..2024-12-31"),
    ("2023 Q1-Q2", "2023-01-01..2023-06-30"),
    ("2023 Q2-Q4", "2023-04-01..2023-12-31"),
    ("2023 H1-H2", "2023-01-01..2023-12-31"),
    ("2024-02", "2024-02-01..2024-02-29"),
    ("2023-02", "2023-02-01..2023-02-28"),
    ("2000-02", "2000-02-01..2000-02-29"),
    ("2100-02", "2100-02-01..2100-02-28"),
    ("2024-11", "2024-11-01..2024-11-30"),
    ("2024-01-15", "2024-01-15..2024-01-15"),
    ("2024-01-15..2024-03-31", "2024-01-15..2024-03-31"),
    ("2024 Q1..2024 Q3", "2024-01-01..2024-09-30"),
    ("2024-01-15..2024-03", "2024-01-15..2024-03-31"),
    ("2023..2024 H1", "2023-01-01..2024-06-30"),
    ("2024 Q2..2024 Q2", "2024-04-01..2024-06-30"),
]

@Suite struct PeriodTests {
    /// The query's periods and the plan files' are read to the same days: one calendar.
    @Test(arguments: periodCases.indices)
    func plansAndQueriesReadAPeriodAlike(_ i: Int) throws {
        let (text, _) = periodCases[i]
        let s = try #require(statements("activities in \(text)"))
        guard case .query(let q) = s[0].form, case .clause(let c)? = q.filter?.form,
              case .period(.during, let p) = c.form else { return }
        let fromPlanFile = try PeriodText.parse(text)
        let fromQuery = try #require(p.period)
        #expect(fromQuery.start == fromPlanFile.start && fromQuery.end == fromPlanFile.end)
    }

    @Test(arguments: periodCases.indices)
    func coversTheRightDays(_ i: Int) throws {
        let (text, days) = periodCases[i]
        let s = try #require(statements("activities in \(text)"))
        guard case .query(let q) = s[0].form, case .clause(let c)? = q.filter?.form,
              case .period(.during, let p) = c.form else {
            Issue.record("not a period filter: \(text)")
            return
        }
        let period = try #require(p.period)
        #expect("\(period.start)..\(period.end)" == days)
        #expect(p.range.offset == 14 && p.range.length == text.utf8.count)
    }
}
