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

    func testCaretIsPlacedAndStretchedByDisplayWidth() {
        // 日本 takes four columns on a terminal: the caret must move with it, not by characters.
        let text = "activities of 日本 leed"
        let file = SourceFile(name: "query", text: text)
        let offset = text.utf8.count - 4
        let d = Diagnostic.error("unexpected 'leed'", at: SourceRange(offset: offset, length: 4), in: file)
        XCTAssertEqual(DiagnosticPrinter().render(d), """
            query:1:18: error: unexpected 'leed'
              activities of 日本 leed
                                 ^~~~
            """)
        let wide = Diagnostic.error("unknown actor '日本'", at: SourceRange(offset: 14, length: 6), in: file)
        XCTAssertEqual(DiagnosticPrinter().render(wide).split(separator: "\n").last, "                ^~~~")
    }

    func testControlCharactersInTheShownLineTakeOneColumnEach() {
        // A tab, a C1 control (U+0085) and DEL: one column each, so the caret stays under 'x'.
        let text = "a\tb\u{85}c\u{7F} x"
        let file = SourceFile(name: "q.pq", text: text)
        let d = Diagnostic.error("unexpected 'x'", at: SourceRange(offset: text.utf8.count - 1, length: 1), in: file)
        XCTAssertEqual(DiagnosticPrinter().render(d), """
            q.pq:1:8: error: unexpected 'x'
              a b?c? x
                     ^
            """)
    }

    func testSuggestionIsShownUnderTheWordsItReplaces() {
        let file = SourceFile(name: "q.pq", text: "activities with leed ELZ")
        let d = Diagnostic.error("unknown role 'leed' — did you mean 'lead'?", at: SourceRange(offset: 16, length: 4),
                                 in: file, suggestion: "lead")
        XCTAssertEqual(DiagnosticPrinter().render(d), """
            q.pq:1:17: error: unknown role 'leed' — did you mean 'lead'?
              activities with leed ELZ
                              ^~~~
                              lead
            """)
        XCTAssertEqual(DiagnosticPrinter(showsSourceLine: false).render(d), "q.pq:1:17: error: unknown role 'leed' — did you mean 'lead'?")
    }

    func testSuggestionsRankByDistanceThenOrder() {
        XCTAssertEqual(Suggestions.closest(to: "SD9", among: ["SD1", "SD8", "SD3", "OD1.1"]), ["SD8", "SD3"])
        XCTAssertEqual(Suggestions.closest(to: "leed", among: ["lead", "responsible", "partner"]), ["lead"])
        XCTAssertEqual(Suggestions.closest(to: "zzz", among: ["responsible"]), [])
        XCTAssertEqual(Suggestions.phrase(["SD8", "SD3"], quoted: false), "did you mean SD8 or SD3?")
    }
}
