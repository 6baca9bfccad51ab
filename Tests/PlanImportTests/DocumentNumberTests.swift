@testable import PlanImport
import XCTest

/// Numbers in source documents are read as ASCII digits only, and never trusted to fit:
/// Swift's `\d` also matches other scripts' digits ("٢٠٢٤"), which `Int` does not read, and
/// a force-unwrapped `Int(…)` of either stopped `planq import` outright.
final class DocumentNumberTests: XCTestCase {
    func testDatesReadAsciiDigitsInPlausibleYears() {
        XCTAssertEqual(DutchDates.day("1/01/2024"), "2024-01-01")
        XCTAssertEqual(DutchDates.day("31.12.2024"), "2024-12-31")
        XCTAssertNil(DutchDates.day("1/01/٢٠٢٤"), "Arabic-Indic digits are not a date here")
        XCTAssertNil(DutchDates.day("1/01/２０２４"), "nor fullwidth ones")
        // A slip of the keyboard: read as written it would stretch the plan over centuries.
        XCTAssertNil(DutchDates.day("1/01/0224"))
        XCTAssertNil(DutchDates.day("1/01/9024"))
    }

    func testDatedPhrasesWithOtherDigitsAreNotDates() {
        XCTAssertEqual(DutchDates.datedPhrases(in: "op ٢ mei ٢٠٢٤ en in april ٢٠٢٤").map(\.period), [])
        XCTAssertEqual(DutchDates.datedPhrases(in: "op 2 mei 2024").map(\.period), ["2024-05-02"])
    }

    func testFootnoteNumbersTooLongAreNoCategories() {
        let categories = TransitionTable.footnoteCategories("(1) Lokale structuren: ELZ; (99999999999999999999999) GGZ: Diletti")
        XCTAssertEqual(categories.map(\.number), [1])
    }
}
