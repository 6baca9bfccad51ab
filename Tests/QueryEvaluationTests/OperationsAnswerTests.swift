import QueryTestSupport
import XCTest

/// The operations of issue 9 §2 over the example plans: query → exact answer, and Dutch or
/// combined questions that must answer what their plain English form does.
final class OperationsAnswerTests: XCTestCase {
    /// Aggregates read `value (nodes with a value/nodes without)`, a group before a colon.
    static let answers: [(query: String, answer: [String])] = [
        ("sum share of staff of zzl", ["number(315.0) (9/2)"]),
        ("count staff where share >= 40", ["5"]),
        ("count staff where share < 40", ["4"]),
        ("count staff where share is unknown", ["0"]),
        ("sum budget_fte of work packages", ["number(1.5) (3/1)"]),
        ("min start of activities of elz", ["period(2024-01-01) (6/0)"]),
        ("max share of staff by employer order by max desc",
         ["MCH: number(50.0) (3/0)", "UZ Leuven: number(40.0) (1/0)", "BAF: number(40.0) (1/0)", "(none): number(40.0) (4/2)"]),
        ("count activities of zzl where number of themes = 15", ["6"]),
        ("activities of zzl where number of themes >= 15", ["zzl.A1.2", "zzl.A2.4", "zzl.A2.5", "zzl.A2.6", "zzl.A2.7", "zzl.A3.1"]),
        ("activities of elz order by number of indicators desc, id limit 2", ["elz.A1.1", "elz.A5.1"]),
        ("activities where text ~ \"Leuven Helpt\"", ["elz.A3.1", "zzl.A2.7"]),
        ("count actors of elz and of zzl", ["8"]),
        ("count core functions of zzl", ["6"]),
        ("count success factors where status = met", ["12"]),
        ("count achievements", ["4"]),
    ]

    func testAnswers() {
        for (query, answer) in Self.answers {
            XCTAssertEqual(ExamplePlans.answer(query), answer, query)
        }
    }

    static let sameAnswers: [(String, String)] = [
        ("activiteiten van elz met trekker ELZ", "activities of elz with lead ELZ"),
        ("doelen van elz", "goals of elz"),
        ("acties van zzl met betrokken \"UZ Leuven\"", "activities of zzl with involved \"UZ Leuven\""),
        ("activiteiten waar eindverantwoordelijke = ELZ", "activities with responsible ELZ"),
        ("activities with faciliterend ELZ", "activities with facilitator ELZ"),
        ("tel activiteiten van zzl per goal", "count activities of zzl by goal"),
        ("werkpakketten van zzl", "work packages of zzl"),
        ("thema's van zzl", "themes of zzl"),
        ("indicatoren van elz.A2.2", "indicators of elz.A2.2"),
        ("activities with doelgroep \"Huis van het Kind Leuven\" or with ondersteunend ELZ",
         "activities with audience \"Huis van het Kind Leuven\" or with supporter ELZ"),
        ("actors of elz and of zzl", "actors of zzl of elz"),
        ("activities where text ~ \"Leuven Helpt\"", "activities where title ~ \"Leuven Helpt\" or description ~ \"Leuven Helpt\" or why ~ \"Leuven Helpt\""),
    ]

    func testSameQuestionSameAnswer() {
        for (a, b) in Self.sameAnswers {
            let answer = ExamplePlans.answer(a)
            XCTAssertFalse(answer.isEmpty, a)
            XCTAssertFalse(answer.first?.hasPrefix("error") ?? true, "\(a): \(answer)")
            XCTAssertEqual(answer, ExamplePlans.answer(b), "\(a) vs \(b)")
        }
    }
}
