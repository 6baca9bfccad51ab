import PlanModel
@testable import QueryEvaluation
import QueryTestSupport
import XCTest

/// An empty answer's note tests each node against the filters once (`ClauseOutcome`), where
/// it asked three questions one after another: how many pass each filter and all before it,
/// which nodes reach a filter, and which fail exactly one. Each answer must be the one the
/// separate question gives (kept here as it was asked).
final class ClauseOutcomeTests: XCTestCase {
    static let queries = [
        "activities for SD3 in 2024 Q1 with lead ELZ",
        "activities of zzl not in 2024 Q1 where inherited = no",
        "activities in 2024 with partner ELZ where title ~ \"zorg\" and not in 2025",
        "goals where level in (strategc, x) and title ~ \"zorg\"",
        "indicators of elz where type = outcom with lead ELZ",
        "work packages where title ~ \"a\" with lead ELZ",
        "actors where type = organisation",
    ]

    func testOnePassGivesWhatTheSeparateQuestionsGave() throws {
        let graph = ExamplePlans.graph
        for text in Self.queries {
            guard case .success(let query) = ExamplePlans.bind(text) else { XCTFail("does not bind: \(text)"); continue }
            let nodes = Array(graph.nodes(of: query.kind))
            let test = PredicateTest(graph: graph, predicate: query.predicate)
            for findMisses in [false, true] {
                let outcome = ClauseOutcome(query, nodes, test, misses: findMisses)
                for index in query.clauses.indices {
                    let reaching = nodes.filter { ref in query.clauses[..<index].allSatisfy { test.passes(ref, $0.predicate) } }
                    XCTAssertEqual(zip(nodes, outcome.firstFailure).filter { $0.1 >= index }.map(\.0), reaching, "\(text), filter \(index)")
                    let kept = reaching.filter { test.passes($0, query.clauses[index].predicate) }.count
                    XCTAssertEqual(outcome.kept[index], kept, "\(text), kept by filter \(index)")
                }
                XCTAssertEqual(AnswerNotes(graph: graph).keptByEachClause(query), outcome.kept, text)
                var misses: [Int: [NodeRef]] = [:]
                if findMisses {
                    for ref in nodes {
                        let failed = query.clauses.indices.filter { !test.passes(ref, query.clauses[$0].predicate) }
                        if failed.count == 1 { misses[failed[0], default: []].append(ref) }
                    }
                }
                XCTAssertEqual(outcome.misses, misses, text)
            }
        }
    }
}
