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
    ]

    func testAnswers() {
        for (query, answer) in Self.answers {
            XCTAssertEqual(ExamplePlans.answer(query), answer, query)
        }
    }
}
