import Diagnostics
import XCTest
import Rendering

final class DisplayWidthTests: XCTestCase {
    func testAccentsPrecomposedAndCombiningAreOneColumn() {
        XCTAssertEqual(displayWidth("\u{E9}"), 1)
        XCTAssertEqual(displayWidth("e\u{301}"), 1)
        XCTAssertEqual(displayWidth("geïntegreerde"), 13)
        XCTAssertEqual(displayWidth("gei\u{308}ntegreerde"), 13)
        XCTAssertEqual(displayWidth("a\u{301}\u{328}"), 1, "a letter with two marks")
    }

    func testWideCharactersAreTwoColumns() {
        XCTAssertEqual(displayWidth("漢字"), 4)
        XCTAssertEqual(displayWidth("ｆｕｌｌ"), 8, "fullwidth Latin")
        XCTAssertEqual(displayWidth("한국어"), 6, "Hangul syllables")
        XCTAssertEqual(displayWidth("\u{1112}\u{1161}\u{11AB}"), 2, "a Hangul syllable spelt in jamo")
        XCTAssertEqual(displayWidth("カタカナ"), 8)
    }

    func testEmojiAreTwoColumns() {
        XCTAssertEqual(displayWidth("🚀"), 2)
        XCTAssertEqual(displayWidth("👍🏽"), 2, "with a skin tone")
        XCTAssertEqual(displayWidth("👨‍👩‍👧"), 2, "a ZWJ sequence")
        XCTAssertEqual(displayWidth("🇳🇱"), 2, "a flag")
        XCTAssertEqual(displayWidth("❤\u{FE0F}"), 2, "text symbol with emoji presentation")
        XCTAssertEqual(displayWidth("❤"), 1, "the same symbol as text")
        XCTAssertEqual(displayWidth("plan 🚀!"), 8)
    }

    /// Plain text is measured eight bytes at a time: a control, DEL or a Latin letter at any
    /// place of a word is still seen.
    func testEveryPlaceInLongTextIsMeasured() {
        for place in 0..<24 {
            for (inserted, width) in [("\u{0}", 0), ("\u{1F}", 0), ("\u{7F}", 0), ("\u{E9}", 1), ("~", 1), (" ", 1)] {
                let text = String(repeating: "a", count: place) + inserted + String(repeating: "b", count: 23 - place)
                XCTAssertEqual(displayWidth(text), 23 + width, "\(inserted.unicodeScalars.first!.value) at \(place)")
            }
        }
        XCTAssertEqual(displayWidth(String(repeating: "x", count: 64)), 64)
    }

    func testControlsAndEscapeSequencesTakeNoColumns() {
        XCTAssertEqual(displayWidth("\u{1B}[1mbold\u{1B}[0m"), 4)
        XCTAssertEqual(displayWidth("\u{1B}]8;;https://example.org\u{07}link\u{1B}]8;;\u{07}"), 4, "an OSC 8 hyperlink")
        XCTAssertEqual(displayWidth("a\u{0}b\u{7F}c\u{85}"), 3)
        XCTAssertEqual(displayWidth("café\u{9B}"), 4, "a C1 control amid Latin text")
        XCTAssertEqual(displayWidth("zero\u{200B}width"), 9)
        XCTAssertEqual(displayWidth(""), 0)
    }

    func testTruncateEndsInAnEllipsisWithinTheWidth() {
        XCTAssertEqual(truncate("geïntegreerde", toWidth: 20), "geïntegreerde")
        XCTAssertEqual(truncate("geïntegreerde", toWidth: 13), "geïntegreerde")
        XCTAssertEqual(truncate("geïntegreerde", toWidth: 6), "geïnt…")
        XCTAssertEqual(truncate("gei\u{308}ntegreerde", toWidth: 4), "gei\u{308}…", "a mark stays with its letter")
        XCTAssertEqual(truncate("abc", toWidth: 1), "…")
        XCTAssertEqual(truncate("abc", toWidth: 0), "")
    }

    func testTruncateNeverSplitsAWideCharacter() {
        XCTAssertEqual(truncate("漢字漢字", toWidth: 6), "漢字…")
        XCTAssertEqual(truncate("漢字漢字", toWidth: 4), "漢…")
        XCTAssertEqual(truncate("漢字漢字", toWidth: 2), "…", "one column short of a character: narrower than asked")
        XCTAssertEqual(truncate("👨‍👩‍👧👨‍👩‍👧", toWidth: 3), "👨‍👩‍👧…")
    }

    func testTruncateKeepsColorsAndResetsThem() {
        let cut = truncate("\u{1B}[1mgeïntegreerde\u{1B}[0m", toWidth: 4)
        XCTAssertEqual(cut, "\u{1B}[1mgeï…\u{1B}[0m")
        XCTAssertEqual(displayWidth(cut), 4)
    }

    func testEscapeForTerminalLeavesNoControlCharacters() {
        XCTAssertEqual(escapeForTerminal("plain geïntegreerde 漢字"), "plain geïntegreerde 漢字")
        XCTAssertEqual(escapeForTerminal("one\ntwo\r\nthree\rfour\u{2028}five"), "one⏎two⏎three⏎four⏎five")
        XCTAssertEqual(escapeForTerminal("a\tb"), "a b")
        XCTAssertEqual(escapeForTerminal("\u{1B}[31mred\u{0}\u{7F}\u{9B}"), "\\u{1B}[31mred\\u{00}\\u{7F}\\u{9B}")
        XCTAssertEqual(escapeForTerminal("abc\u{202E}fed\u{2066}"), "abc\\u{202E}fed\\u{2066}", "bidi overrides and isolates")
        XCTAssertEqual(escapeForTerminal("’quotes’ – dash…"), "’quotes’ – dash…")
    }

    func testWrapBreaksAtSpacesAndInsideLongWords() {
        XCTAssertEqual(wrap("geïntegreerde zorg voor ouderen", toWidth: 15), ["geïntegreerde", "zorg voor", "ouderen"])
        XCTAssertEqual(wrap("kort", toWidth: 15), ["kort"])
        XCTAssertEqual(wrap("zorgverzekeraars", toWidth: 6), ["zorgve", "rzeker", "aars"])
        XCTAssertEqual(wrap("漢字漢字 plan", toWidth: 5), ["漢字", "漢字", "plan"])
        XCTAssertEqual(wrap("a  b", toWidth: 3), ["a", "b"], "spaces at a break are dropped")
    }

    /// The scalars measured from their bytes, one column each (`oneColumnScalarLength`):
    /// each is one column as a character, and each is a character of its own next to any of
    /// them (in a text of all of them, forwards and backwards, as many characters as scalars).
    func testOneColumnScalarsAreCharactersOfOneColumn() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF,
                                             0xFFFD...0xFFFD]
        let scalars = ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
        for scalar in scalars {
            var text = String(scalar)
            let length = text.withUTF8 { oneColumnScalarLength($0, at: 0) }
            XCTAssertEqual(length, text.utf8.count, "U+\(String(scalar.value, radix: 16))")
            XCTAssertEqual(columns(of: Character(scalar)), 1, "U+\(String(scalar.value, radix: 16))")
        }
        for order in [scalars, scalars.reversed()] {
            let text = String(String.UnicodeScalarView(order))
            XCTAssertEqual(text.count, order.count)
            XCTAssertEqual(displayWidth(text), order.count)
        }
        // Next to them, and alone, the scalars around the ranges are not measured from bytes.
        for value: UInt32 in [0x7F, 0x85, 0x9F, 0x300, 0x200D, 0x2028, 0x202A, 0x205F, 0x2066, 0x20D0, 0x2200, 0xFFFC, 0xFFFE, 0x1F600] {
            var text = "a" + String(Unicode.Scalar(value)!)
            XCTAssertNil(text.withUTF8 { oneColumnScalarLength($0, at: 1) }, "U+\(String(value, radix: 16))")
        }
    }
}
