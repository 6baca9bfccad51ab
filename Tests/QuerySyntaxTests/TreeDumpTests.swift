import Testing
@testable import QuerySyntax

@Suite struct TreeDumpTests {
    @Test func explainShowsHowAQueryWasRead() throws {
        let s = try #require(statements(
            "explain count activities for SD3 in 2024 Q1 (with lead ELZ or not with partner \"UZ Leuven\") "
                + "where phase is unknown or title ~ 'x' by goal order by count desc limit 3"))
        #expect(s[0].treeDescription == """
            explain
              count query
                source activities
                and
                  for SD3 and everything under it
                  in 2024 Q1 (2024-01-01..2024-03-31)
                  or
                    with role lead, actor ELZ
                    not
                      with role partner, actor "UZ Leuven"
                  where
                    or
                      phase is unknown
                      title ~ text "x"
                group by goal
                order by count descending
                limit 3
            """)
    }

    @Test func rangesPointIntoTheText() throws {
        let text = "goals of zzl where start in 2024 H1 show title"
        let s = try #require(statements(text))
        #expect(SyntaxPrinter.tree(s[0], ranges: true) == """
            query @0+46
              source goals @0+5
              and @6+29
                of zzl @6+6
                where @13+22
                  start in 2024 H1 (2024-01-01..2024-06-30) @19+16
              show title @41+5
            """)
    }

    @Test func statementsOtherThanQueries() throws {
        let s = try #require(statements("""
            let q = goals; describe "UZ Leuven"; tree zzl; path from A to B; timeline q; expect q = [a, b]
            """))
        #expect(s.map(\.treeDescription) == [
            "let q\n  query\n    source goals",
            "describe \"UZ Leuven\"",
            "tree zzl",
            "path from A to B",
            "timeline\n  query\n    source query named q",
            "expect [a, b]\n  query\n    source query named q",
        ])
    }

    @Test func referencesSplitAtTheFirstDot() throws {
        let s = try #require(statements("describe elz.A2.2"))
        guard case .describe(let r) = s[0].form, let (plan, id) = r.qualified else {
            Issue.record("expected a qualified reference")
            return
        }
        #expect(plan.text == "elz" && plan.range.offset == 9 && plan.range.length == 3)
        #expect(id.text == "A2.2" && id.range.offset == 13 && id.range.length == 4)
        let quoted = try #require(statements("describe \"a.b\""))
        guard case .describe(let q) = quoted[0].form else { return }
        #expect(q.qualified == nil && q.isQuoted)
    }
}
