import PlanModel
@testable import QueryEvaluation
import QueryTestSupport
import XCTest

/// `.fields` keeps each kind's catalog with the graph (`GraphMemo`): the kept entries are the
/// ones found afresh, for every kind, and a kept answer is made once.
final class FieldCatalogMemoTests: XCTestCase {
    func testKeptEntriesAreTheOnesFoundAfresh() {
        let catalog = FieldCatalog(graph: ExamplePlans.graph)
        for kind in NodeKind.allCases {
            let fresh = catalog.findEntries(for: kind)
            XCTAssertEqual(catalog.entries(for: kind), fresh, kind.plural)
            XCTAssertEqual(catalog.entries(for: kind), fresh, "asked again: \(kind.plural)")
        }
        XCTAssertFalse(catalog.entries(for: .activity).isEmpty)
    }

    func testAMemoMakesAnAnswerOnceAndKeepsAnswersApart() {
        let memo = ExamplePlans.graph.memo
        var made = 0
        let first = memo.value("test: once") { made += 1; return [1, 2, 3] }
        let second = memo.value("test: once") { made += 1; return [9] }
        XCTAssertEqual(first, [1, 2, 3])
        XCTAssertEqual(second, [1, 2, 3])
        XCTAssertEqual(made, 1)
        XCTAssertEqual(memo.value("test: other") { "x" }, "x")
    }
}
