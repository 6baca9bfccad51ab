@testable import PlanImport
import Foundation
import XCTest

/// The importer's plain-text shortcuts: a form prompt's key looked for byte by byte before its
/// pattern runs, and dashes, quotes and no-break spaces replaced scalar by scalar. Each must
/// find what the slower search it replaced found.
final class ActionFieldKeyTests: XCTestCase {
    func testEveryPromptKeyIsASCIIAndFoundInItsOwnPrompt() {
        XCTAssertEqual(ActionField.keys.count, ActionField.markers.count)
        for (i, key) in ActionField.keys.enumerated() {
            XCTAssertFalse(key.isEmpty, "prompt \(i)")
            XCTAssertTrue(key.utf8.allSatisfy { $0 < 0x80 }, "key '\(key)' is not ASCII: a byte search could miss it")
            XCTAssertEqual(ActionField.keyBytes[i], Array(key.utf8))
        }
        // Each prompt as the template prints it is split off as a marker.
        let prompt = "Korte omschrijving"
        let tokens = ActionToken.tokens(of: Piece(text: "\(prompt) Via deze actie", line: 3))
        XCTAssertTrue(tokens.contains { if case .marker = $0 { true } else { false } }, "\(tokens)")
    }

    func testByteSearch() {
        func holds(_ text: String, _ key: String) -> Bool { ActionToken.holds(Array(text.utf8), Array(key.utf8)) }
        XCTAssertTrue(holds("korte omschrijving", "korte"))
        XCTAssertTrue(holds("de korte", "korte"), "at the end")
        XCTAssertTrue(holds("kkorte", "korte"), "after a false start")
        XCTAssertFalse(holds("kort", "korte"), "longer than the text")
        XCTAssertFalse(holds("korte", "kortf"))
        XCTAssertTrue(holds("", ""))
        XCTAssertFalse(holds("", "a"))
        // A Kelvin sign lowercases to an ASCII k, as the caller lowercases before searching.
        XCTAssertTrue(holds("\u{212A}orte".lowercased(), "korte"))
    }

    func testScalarReplacementKeepsTextItDoesNotChange() {
        let text = "geen vervanging: é, e\u{301}, 🇧🇪"
        XCTAssertEqual(text.replacingScalars { $0 == "\u{00A0}" ? " " : nil }, text)
        XCTAssertEqual("a\u{00A0}b\u{202F}c".replacingScalars { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : nil }, "a b c")
    }

    func testLabelKeysFoldDashesQuotesAndSpacing() {
        XCTAssertEqual(CellText.labelKey("“Opzetten  Proeftuin” – fase ‘één’ — ok"), "\"opzetten proeftuin\" - fase 'een' - ok")
        XCTAssertEqual(CellText.labelKey("Zie actie ’x’"), "zie actie 'x'")
    }

    func testDocumentLinesTurnNoBreakSpacesIntoSpaces() throws {
        let document = try DocumentText.read(Data("Actie:\u{00A0}Een\u{202F}twee\r\nregel".utf8), name: "d.txt").get()
        XCTAssertEqual(document.lines, ["Actie: Een twee", "regel"])
    }
}
