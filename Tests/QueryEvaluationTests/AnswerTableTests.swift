import XCTest

/// Queries and their exact answers over the example plans, and queries that must answer alike.
final class AnswerTableTests: XCTestCase {
    /// query → answer (a count, or the ids in order, or `group: count` lines).
    static let answers: [(query: String, answer: [String])] = [
        ("count activities of zzl where not (theme = T04)", ["4"]),
        ("count activities of zzl where theme = T04", ["24"]),
        ("count activities of zzl where involved = \"UZ Leuven\"", ["20"]),
        ("count activities of zzl where involved != \"UZ Leuven\"", ["8"]),
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
    ]

    func testSameQuestionSameAnswer() {
        for (a, b) in Self.sameAnswers {
            let answer = ExamplePlans.answer(a)
            XCTAssertFalse(answer.isEmpty, a)
            XCTAssertEqual(answer, ExamplePlans.answer(b), "\(a)  vs  \(b)")
        }
    }
}
