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

    /// Dutch field words where a field is expected, only for fields the kind has, and only
    /// where no English field fits; a Dutch field is followed by its values.
    func testDutchFields() {
        XCTAssertEqual(shown("acties waar tite"), ["titel"])
        XCTAssertTrue(shown("acties waar tit").contains("title"), "English first")
        XCTAssertFalse(shown("acties waar tit").contains("titel"))
        XCTAssertEqual(shown("tel doelen per niv"), ["niveau"])
        XCTAssertEqual(shown("acties waar niv"), [], "activities have no level")
        XCTAssertEqual(shown("tel acties per kwart"), ["kwartaal"])
        XCTAssertEqual(shown("activiteiten sorteer op beg"), ["begin"])
        XCTAssertEqual(Set(shown("doelen waar niveau = ")), ["operational", "strategic"])
        XCTAssertTrue(shown("acties van elz waar doel = OD1").contains("OD1.1"), "a Dutch reference field takes ids")
    }

    /// Every Dutch keyword the completer offers is one the lexer reads as that keyword.
    func testOfferedDutchWordsAreKeywords() {
        let dutch = Completer.spellings.filter(\.alternative).map(\.text).filter { Keyword(rawValue: $0) == nil }
        XCTAssertGreaterThan(dutch.count, 30)
        for word in dutch { XCTAssertNotNil(Keyword(spelling: word), word) }
    }
}
