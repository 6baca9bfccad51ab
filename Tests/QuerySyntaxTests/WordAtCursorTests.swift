import QuerySyntax
import XCTest

/// The word being typed, split off by the lexer: strings, comments and joined words as the
/// parser reads them.
final class WordAtCursorTests: XCTestCase {
    func testWordAndContext() {
        XCTAssertEqual(WordAtCursor("activities for SD"), WordAtCursor(context: "activities for ", word: "SD"))
        XCTAssertEqual(WordAtCursor("activities for "), WordAtCursor(context: "activities for ", word: ""))
        XCTAssertEqual(WordAtCursor("describe elz.A2"), WordAtCursor(context: "describe ", word: "elz.A2"))
        XCTAssertEqual(WordAtCursor("describe zzl."), WordAtCursor(context: "describe ", word: "zzl."))
        XCTAssertEqual(WordAtCursor("with \"Stad Le"), WordAtCursor(context: "with ", word: "\"Stad Le"))
        XCTAssertEqual(WordAtCursor("with \"Stad\" a"), WordAtCursor(context: "with \"Stad\" ", word: "a"))
        XCTAssertEqual(WordAtCursor("with 'it\\'s a"), WordAtCursor(context: "with ", word: "'it\\'s a"))
        XCTAssertEqual(WordAtCursor("where (ti"), WordAtCursor(context: "where (", word: "ti"))
        XCTAssertEqual(WordAtCursor("where level ="), WordAtCursor(context: "where level =", word: ""))
        XCTAssertTrue(WordAtCursor("goals -- for SD").inComment)
        XCTAssertTrue(WordAtCursor("# for SD").inComment)
        XCTAssertFalse(WordAtCursor("goals # x\nfor SD").inComment)
        XCTAssertFalse(WordAtCursor("goals # x\n").inComment)
    }
}
