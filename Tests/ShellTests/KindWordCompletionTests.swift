import XCTest
@testable import Shell

/// After a kind word that picks the kind of a name (`tree plan ⇥`), Tab offers nodes of that kind.
final class KindWordCompletionTests: XCTestCase {
    let completer = Completer(graph: ExamplePlans.graph, queryNames: [])

    func shown(_ text: String) -> [String] { completer.complete(text).candidates.map(\.shown) }

    func testKindWordNarrowsTheNames() {
        XCTAssertEqual(shown("tree plan "), ["elz", "zzl"])
        XCTAssertEqual(shown("describe work package "), ["WP1", "WP2", "WP3", "WP4"])
        XCTAssertTrue(shown("describe actor Zorg").contains("\"Zorgzaam Leuven\"") || shown("describe actor Zorg").contains("Zorgzaam Leuven"),
                      "\(shown("describe actor Zorg"))")
    }
}
