import QueryTestSupport
import XCTest

/// Answers found silently wrong or silently empty by an audit of the example plans, each as
/// query → exact answer (node ids, a count, `group: count`, or an aggregate as in
/// OperationsAnswerTests). Each case failed before its fix.
final class AuditAnswerTests: XCTestCase {
    static let answers: [(query: String, answer: [String])] = [
        // The plans write typographic quotes (ELZ’s, ‘inspiratietank’); a user types ASCII ones.
        ("goals where title ~ \"ELZ's\"", ["elz.SD2"]),
        ("activities where title ~ \"'inspiratietank'\"", ["elz.A5.1"]),
        ("events where text ~ '\"Samenwerken in ELZ Leuven vzw\"'", ["elz.E06"]),
        // A number field the plan writes in words for some nodes: `~` searches those words
        // (it was an error, though `show share` shows them).
        ("staff where share ~ \"rato\"", ["zzl.S10", "zzl.S11"]),
        // elz.A2.1 and elz.A2.2 link each other: one linked activity each, not two.
        ("activities where number of links = 1", ["elz.A2.1", "elz.A2.2"]),
        ("sum number of links of activities", ["number(2.0) (34/0)"]),
    ]

    func testAnswers() {
        for (query, answer) in Self.answers {
            XCTAssertEqual(ExamplePlans.answer(query), answer, query)
        }
    }

    /// ELZ and ZZL each have an actor "Ziekenhuizen": grouped by actor they were two rows of the
    /// same label (1 and 20), and nothing told which was which.
    func testGroupsOfOneNameNameTheirIds() {
        for query in ["count activities by actor", "max number of partner of activities by actor"] {
            let labels = ExamplePlans.answer(query).map { String($0.prefix { $0 != ":" }) }
            XCTAssertEqual(Set(labels).count, labels.count, query)
        }
        let answer = ExamplePlans.answer("count activities by actor")
        XCTAssertTrue(answer.contains("Ziekenhuizen (elz-ziekenhuizen): 1"), "\(answer)")
        XCTAssertTrue(answer.contains("Ziekenhuizen (zzl-cat-4): 20"), "\(answer)")
        // Within one plan the name is unique and stays plain.
        XCTAssertTrue(ExamplePlans.answer("count activities of zzl by actor").contains("Ziekenhuizen: 20"))
    }
}
