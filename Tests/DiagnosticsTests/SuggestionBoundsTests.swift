import Diagnostics
import XCTest

/// "did you mean" does bounded work: no search for a name too long to be a typo, and a
/// search over a huge candidate set stops when asked (Ctrl-C in the shell) (issue 15).
final class SuggestionBoundsTests: XCTestCase {
    override func tearDown() { Suggestions.shouldStop = { false } }

    func testASearchStopsWhenAsked() {
        let candidates = (0..<10_000).map { "organisation-\($0)" } + ["ELZ"]
        XCTAssertEqual(Suggestions.closest(to: "ELX", among: candidates), ["ELZ"])
        Suggestions.shouldStop = { true }
        XCTAssertEqual(Suggestions.closest(to: "ELX", among: candidates), [], "the search ends at the first check")
    }

    func testAVeryLongNameGetsNoSuggestion() {
        let long = String(repeating: "x", count: Suggestions.maxNameLength + 1)
        XCTAssertEqual(Suggestions.closest(to: long, among: [long + "y"]), [])
        XCTAssertEqual(Suggestions.closest(to: "ELX", among: ["ELZ", "Eerstelijnszone Leuven"]), ["ELZ"])
    }
}
