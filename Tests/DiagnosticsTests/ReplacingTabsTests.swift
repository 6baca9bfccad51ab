@testable import Diagnostics
import XCTest

/// A shown line's control characters: replaced scalar by scalar, they must come out as they
/// did replaced character by character (a control character is a grapheme of its own, but
/// CR LF is one character and kept).
final class ReplacingTabsTests: XCTestCase {
    /// The first way it was written: what the scalar loop must equal.
    private func byCharacter(_ text: Substring) -> String {
        String(text.map { ch -> Character in
            if ch == "\t" { return " " }
            if let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1,
               s.value < 0x20 || (0x7F...0x9F).contains(s.value) { return "?" }
            return ch
        })
    }

    func testScalarsAsCharacters() {
        let alphabet = ["a", "Z", " ", "\t", "\r", "\n", "\r\n", "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
                        "\u{A0}", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{1F469}\u{200D}\u{1F4BB}", "\u{1F1E7}\u{1F1EA}", "日", "\u{FEFF}"]
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var replaced = 0
        for _ in 0..<20_000 {
            let text = (0..<(next() % 12)).map { _ in alphabet[next() % alphabet.count] }.joined()
            // As a line of a longer text (a substring), the way diagnostics show one.
            let whole = "x" + text + "y"
            let line = whole.dropFirst().dropLast()
            XCTAssertEqual(line.replacingTabs(), byCharacter(line), text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            if line.replacingTabs() != String(line) { replaced += 1 }
        }
        XCTAssertGreaterThan(replaced, 10_000, "most texts hold a control character")
        XCTAssertEqual("a\tb\r\nc\u{1}".replacingTabs(), "a b\r\nc?")
        XCTAssertEqual("\r\r\n\n".replacingTabs(), "?\r\n?")
    }
}
