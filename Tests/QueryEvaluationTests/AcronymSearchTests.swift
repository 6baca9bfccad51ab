@testable import QueryEvaluation
import QueryTestSupport
import XCTest

/// `title ~ "ELZ"` also finds "Welzijn" and "mantelzorg": `~` finds text anywhere, as Dutch
/// compounds need. For an acronym the answer notes the rows that hold it only inside words.
final class AcronymSearchTests: XCTestCase {
    func testWhatIsAnAcronym() {
        XCTAssertTrue(AcronymSearch.isAcronym("ELZ"))
        XCTAssertTrue(AcronymSearch.isAcronym("GGZ-netwerk".uppercased()))
        XCTAssertTrue(AcronymSearch.isAcronym("UZ"))
        XCTAssertFalse(AcronymSearch.isAcronym("Z"), "one letter")
        XCTAssertFalse(AcronymSearch.isAcronym("zorg"))
        XCTAssertFalse(AcronymSearch.isAcronym("UZ Leuven"))
        XCTAssertFalse(AcronymSearch.isAcronym("2024"))
    }

    func testOnlyInsideWords() {
        XCTAssertEqual(AcronymSearch.onlyInsideWords("elz", ["welzijn en zorg"]), "welzijn")
        XCTAssertEqual(AcronymSearch.onlyInsideWords("elz", ["patient/mantelzorg", "welzijn"]), "mantelzorg")
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["welzijn", "elz leuven"]), "a whole word somewhere")
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["zzi steunt elz/lokale besturen"]), "a slash ends a word")
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["elz"]))
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["zorg"]), "not there at all")
        XCTAssertEqual(AcronymSearch.onlyInsideWords("elz", ["elz2"]), "elz2", "a digit continues a word")
    }

    /// The example plans: two of the eight titles with "ELZ" have it only in "Welzijn" and
    /// "mantelzorg"; the answer is unchanged, the note names them.
    func testTheExamplePlans() {
        XCTAssertEqual(ExamplePlans.answer("count activities where title ~ \"ELZ\""), ["8"])
        guard case .success(let bound) = ExamplePlans.bind("activities where title ~ \"ELZ\""),
              case .success(let word) = ExamplePlans.bind("activities where title ~ \"zorg\"") else { return XCTFail("binds") }
        var trace = Evaluator.Trace()
        _ = Evaluator(graph: ExamplePlans.graph).run(bound, trace: &trace)
        XCTAssertEqual(trace.insideWords.count, 1)
        XCTAssertEqual(trace.insideWords.first?.search.count, 2)
        XCTAssertEqual(Set(trace.insideWords.first?.search.words ?? []), ["welzijn", "mantelzorg"])
        // Not for a word: `zorg` inside `mantelzorg` is what a Dutch search wants.
        var quiet = Evaluator.Trace()
        _ = Evaluator(graph: ExamplePlans.graph).run(word, trace: &quiet)
        XCTAssertTrue(quiet.insideWords.isEmpty)
    }
}
