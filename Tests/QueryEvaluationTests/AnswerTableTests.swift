import QueryTestSupport
import XCTest

/// Queries and their exact answers over the example plans, and queries that must answer alike.
final class AnswerTableTests: XCTestCase {
    /// query → answer (a count, or the ids in order, or `group: count` lines).
    static let answers: [(query: String, answer: [String])] = [
        ("count activities of zzl where not (theme = T04)", ["4"]),
        ("count activities of zzl where theme = T04", ["24"]),
        ("count activities of zzl where involved = \"UZ Leuven\"", ["20"]),
        ("count activities of zzl where involved != \"UZ Leuven\"", ["8"]),
        // A node with only its own start (zzl.WP3 from 2023 Q2) has it in every clause.
        ("work packages of zzl in 2023 Q1", ["zzl.WP1", "zzl.WP2", "zzl.WP4"]),
        ("work packages of zzl starting in 2023 Q2", ["zzl.WP3"]),
        ("work packages of zzl where inherited = no", ["zzl.WP1", "zzl.WP3"]),
        ("work packages of zzl where period in 2023 Q1", ["zzl.WP1", "zzl.WP2", "zzl.WP4"]),
        ("work packages of zzl where start = 2023-04-01", ["zzl.WP3"]),
        ("work packages of zzl order by start desc limit 1", ["zzl.WP3"]),
        // The actors of a plan play a role in it (members of such groups included).
        ("count actors of elz", ["25"]),
        ("count actors of zzl by kind", ["actor: 61"]),
        ("actors of elz where id in (elz-leuven, stad-leuven, uz-leuven)", ["elz-leuven", "stad-leuven"]),
        ("actors of zzl where id in (uz-leuven, zzl-cat-4)", ["uz-leuven", "zzl-cat-4"]),
        // An id matches its own id or its plan-qualified one, in any case; nothing else.
        ("goals where id = ZZL.sd3", ["zzl.SD3"]),
        ("count goals where id = sd3", ["2"]),
        ("goals where id in (elz.OD2.1, zzl.SD8)", ["elz.OD2.1", "zzl.SD8"]),
        ("count goals where id = \"zzl.\"", ["0"]),
        ("count goals where id = zzlsd3", ["0"]),
        ("count goals where id = \".sd3\"", ["0"]),
        ("actors of elz and of zzl", ["zzl", "elz-leuven", "elz-leuven-noord", "elz-leuven-zuid", "stad-leuven",
                                      "huis-van-het-kind-leuven", "wgc", "zzl-buurtteams"]),
        // The suggestion for `of zzl with "GGZ netwerken"` answers.
        ("count activities of zzl with GGZ", ["8"]),
        // An indicator's goal is the activity above it, as `by goal` groups them.
        ("indicators where goal = elz.A2.1", ["elz.A2.1-process", "elz.A2.1-outcome-1", "elz.A2.1-outcome-2", "elz.A2.1-outcome-3"]),
        // Grouped answers are ordered by every key, in turn.
        ("count activities of zzl by goal order by count desc, group",
         ["zzl.SD2: 7", "zzl.SD1: 6", "zzl.SD3: 4", "zzl.SD8: 3", "zzl.SD4: 2", "zzl.SD5: 2", "zzl.SD6: 2", "zzl.SD7: 2"]),
        ("count activities of zzl by goal order by count, group desc",
         ["zzl.SD7: 2", "zzl.SD6: 2", "zzl.SD5: 2", "zzl.SD4: 2", "zzl.SD8: 3", "zzl.SD3: 4", "zzl.SD1: 6", "zzl.SD2: 7"]),
        ("count activities of zzl by goal order by title",
         ["error: q:1:42: a count by goal is ordered by 'count' or 'group', not 'title'"]),
    ]

    func testAnswers() {
        for (query, answer) in Self.answers {
            XCTAssertEqual(ExamplePlans.answer(query), answer, query)
        }
    }

    /// Pairs of queries that ask the same thing in different words.
    static let sameAnswers: [(String, String)] = [
        ("activities where theme = T04", "activities where theme = Equity"),
        ("activities where theme = T04", "activities contributing to Equity"),
        ("activities of zzl where involved = \"UZ Leuven\"", "activities of zzl with involved \"UZ Leuven\""),
        ("activities where lead = ELZ", "activities with lead ELZ"),
        ("goals where actors = \"Stad Leuven\"", "goals with \"Stad Leuven\""),
        ("activities where lead in (ELZ, \"Stad Leuven\")", "activities with lead ELZ or with lead \"Stad Leuven\""),
        ("activities where not (lead = ELZ)", "activities where lead != ELZ"),
        // An actor of a plan is one `with` finds the plan's nodes by.
        ("count activities of zzl with \"UZ Leuven\"", "count activities of zzl with actor uz-leuven"),
    ]

    func testSameQuestionSameAnswer() {
        for (a, b) in Self.sameAnswers {
            let answer = ExamplePlans.answer(a)
            XCTAssertFalse(answer.isEmpty, a)
            XCTAssertEqual(answer, ExamplePlans.answer(b), "\(a)  vs  \(b)")
        }
    }
}

import QueryEvaluation

/// The notes beside an answer: why it is empty, and rows kept only on inherited periods.
final class AnswerNoteTests: XCTestCase {
    static let cases: [(query: String, note: String?)] = [
        ("activities for SD3 in 2024 Q1 with lead ELZ",
         "no activities left after `with lead ELZ` (5 passed the filters before it). Nearest misses, failing only "
         + "`with lead ELZ`: elz.A3.1 (its lead is Stad Leuven; ELZ Leuven is its facilitator), zzl.A3.1 (it has no lead; "
         + "Lokale structuren is involved), zzl.A3.2 (it has no lead; Lokale structuren is involved) and 2 more"),
        ("count activities of zzl in 2024 Q1",
         "28 of 28 kept on the period inherited from plan zzl; `where inherited = no` keeps own periods only"),
        ("count activities in 2024 Q1",
         "28 of 33 kept on the period inherited from plan zzl; `where inherited = no` keeps own periods only"),
        ("count activities of elz in 2024 Q1", nil),
        ("count activities of zzl not in 2024 Q1", "no activities left after `not in 2024 Q1` (28 passed the filters before it)"),
        ("count activities of zzl in 2024 Q1 where inherited = no",
         "no activities left after `where inherited = no` (28 passed the filters before it). Their inherited values: yes (28)"),
        ("activities of elz", nil),
        ("indicators of elz where type = outcom",
         "no indicators left after `where type = outcom` (25 passed the filters before it). "
         + "Their type values: output (14), process (6), outcome (5)"),
        ("goals where level in (strategc, x)",
         "no goals left after `where level in (strategc, x)` (19 passed the filters before it). "
         + "Their level values: strategic (13), operational (6)"),
        ("activities where title ~ \"xyzzy\"",
         "no activities left after `where title ~ \"xyzzy\"` (34 passed the filters before it)"),
    ]

    func testNotes() {
        let graph = ExamplePlans.graph
        for (query, expected) in Self.cases {
            guard case .success(let bound) = ExamplePlans.bind(query) else { XCTFail(query); continue }
            var trace = Evaluator.Trace()
            trace.countsInherited = true
            _ = Evaluator(graph: graph).run(bound, trace: &trace)
            let notes = AnswerNotes(graph: graph)
            let note = trace.matched == 0 ? notes.whyEmpty(bound)
                : notes.inheritedPeriods(bound, kept: trace.matched, inheritedFrom: trace.inheritedFrom)
            XCTAssertEqual(note?.message, expected, query)
        }
    }

    func testExplainCountsEachFilter() throws {
        guard case .success(let bound) = ExamplePlans.bind("activities for SD3 in 2024 Q1 with lead ELZ") else {
            return XCTFail("does not bind")
        }
        XCTAssertEqual(AnswerNotes(graph: ExamplePlans.graph).keptByEachClause(bound), [5, 5, 0])
    }
}
