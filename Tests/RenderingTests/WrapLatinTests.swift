@testable import Rendering
import SeededRandom
import TestRandom
import XCTest

/// `wrap` cuts printable ASCII and precomposed Latin from the bytes (`wrapLatin`); other text goes a
/// character at a time (`wrapCharacters`). Both must give the same lines: runs of spaces,
/// spaces at either end, words longer than the width, widths down to one column.
final class WrapLatinTests: XCTestCase {
    func testTheByteWrapGivesTheCharacterWrapsLines() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet = Array("ab  x~ éÿʰ\u{AD}\u{A0}")
        for _ in 0..<20_000 {
            let text = random.string(upTo: 30, from: alphabet)
            let width = random.between(1...12)
            XCTAssertEqual(wrap(text, toWidth: width), wrapCharacters(text, toWidth: width), "\(text.debugDescription) at \(width), \(seed)")
        }
    }

    func testCases() {
        let cases: [(String, Int, [String])] = [
            ("", 5, [""]),
            ("abc", 5, ["abc"]),
            ("abc def", 3, ["abc", "def"]),
            ("abcdefgh", 3, ["abc", "def", "gh"]),
            ("ab  cd", 3, ["ab", "cd"]),
            ("  ab", 2, ["ab"]),
            ("ab   ", 2, ["ab"]),
            ("a bcdefg h", 4, ["a", "bcde", "fg h"]),
            ("één twee", 3, ["één", "twe", "e"]),
        ]
        for (text, width, lines) in cases {
            XCTAssertEqual(wrap(text, toWidth: width), lines, "\(text.debugDescription) at \(width)")
            XCTAssertEqual(wrapCharacters(text, toWidth: width), lines, "\(text.debugDescription) at \(width)")
        }
    }

    func testOtherTextIsWrappedByCharacters() {
        var text = "ab\tcd"
        XCTAssertNil(text.withUTF8 { wrapLatin($0, toWidth: 2) })
        text = "ab\u{1B}[1mcd"
        XCTAssertNil(text.withUTF8 { wrapLatin($0, toWidth: 2) })
        text = "e\u{301}e\u{301}"               // a combining mark: two scalars, one column
        XCTAssertNil(text.withUTF8 { wrapLatin($0, toWidth: 1) })
        text = "ab\u{85}cd"                      // a C1 control
        XCTAssertNil(text.withUTF8 { wrapLatin($0, toWidth: 2) })
        XCTAssertEqual(wrap("日本 語", toWidth: 2), wrapCharacters("日本 語", toWidth: 2))
    }
}
