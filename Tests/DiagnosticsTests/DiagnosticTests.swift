import Diagnostics
import XCTest

final class DiagnosticTests: XCTestCase {
    func testLineAndColumnCountCharactersNotBytes() {
        let file = SourceFile(name: "q.pq", text: "goals\nactiviteiten geïntegreerde x\n")
        let offset = Array(file.text.utf8).count - 2        // the 'x'
        XCTAssertEqual(file.lineColumn(of: offset).line, 2)
        XCTAssertEqual(file.lineColumn(of: offset).column, 28)
        XCTAssertEqual(file.offset(line: 2, column: 28), offset)
    }

    func testPrinterShowsLineAndCaretUnderTheRange() {
        let file = SourceFile(name: "q.pq", text: "activities with leed ELZ")
        let d = Diagnostic.error("unknown role 'leed' — did you mean 'lead'?", at: SourceRange(offset: 16, length: 4), in: file)
        XCTAssertEqual(DiagnosticPrinter().render(d), """
            q.pq:1:17: error: unknown role 'leed' — did you mean 'lead'?
              activities with leed ELZ
                              ^~~~
            """)
    }

    func testSuggestionsRankByDistanceThenOrder() {
        XCTAssertEqual(Suggestions.closest(to: "SD9", among: ["SD1", "SD8", "SD3", "OD1.1"]), ["SD8", "SD3"])
        XCTAssertEqual(Suggestions.closest(to: "leed", among: ["lead", "responsible", "partner"]), ["lead"])
        XCTAssertEqual(Suggestions.closest(to: "zzz", among: ["responsible"]), [])
        XCTAssertEqual(Suggestions.phrase(["SD8", "SD3"], quoted: false), "did you mean SD8 or SD3?")
    }
}
