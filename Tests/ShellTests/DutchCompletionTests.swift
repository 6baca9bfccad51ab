import QuerySyntax
@testable import Shell
import XCTest

/// Completion offers the Dutch words of Grammar/keywords.tsv where no English word fits, and
/// reads Dutch keywords before the cursor as their English ones.
final class DutchCompletionTests: XCTestCase {
    let completer = Completer(graph: ExamplePlans.graph)

    func shown(_ text: String) -> [String] { completer.complete(text).candidates.map(\.value) }

    func testDutchKindsAndKeywords() {
        XCTAssertEqual(shown("doel"), ["doelen", "doelstellingen"])
        XCTAssertEqual(shown("werkp"), ["werkpakketten"])
        XCTAssertEqual(shown("activit"), ["activities"], "English first")
        XCTAssertEqual(shown("activite"), ["activiteiten"])
        XCTAssertEqual(shown("goals va"), ["van"])
        XCTAssertEqual(shown("goals me"), ["met"])
    }

    func testDutchRolesAndContexts() {
        XCTAssertEqual(shown("activiteiten met trek"), ["trekker", "trekkende"])
        XCTAssertEqual(shown("activities with eindv"), ["eindverantwoordelijke"])
        XCTAssertTrue(shown("activiteiten met trekker EL").contains("ELZ"), "a Dutch role takes an actor after it")
        XCTAssertEqual(shown("activiteiten van elz voor SD"), ["SD1", "SD2", "SD3", "SD4", "SD5"])
        XCTAssertEqual(shown("acties waar le"), ["lead", "level"].filter { shown("activities where le").contains($0) })
    }

    /// Every Dutch keyword the completer offers is one the lexer reads as that keyword.
    func testOfferedDutchWordsAreKeywords() {
        let dutch = Completer.spellings.filter(\.alternative).map(\.text).filter { Keyword(rawValue: $0) == nil }
        XCTAssertGreaterThan(dutch.count, 30)
        for word in dutch { XCTAssertNotNil(Keyword(spelling: word), word) }
    }
}
