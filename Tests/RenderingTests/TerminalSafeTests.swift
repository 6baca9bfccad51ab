@testable import Rendering
import XCTest

/// `isTerminalSafe` skips printable ASCII eight bytes at a time: whatever would be escaped must
/// still be found at every offset, in every position of a word, and at the very end.
final class TerminalSafeTests: XCTestCase {
    /// Text that `escapeForTerminal` changes, and the same length of text it leaves alone.
    static let unsafe = ["\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9B}", "\u{9F}",
                         "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}"]
    static let safe = [" ", "~", "a", "é", "\u{A0}", "\u{C2}", "\u{2027}", "\u{202F}", "\u{2065}", "\u{206A}", "’", "…", "漢"]

    func testFindsAnEscapedCharacterAtEveryOffset() {
        for filler in ["", "x", "abcdefg"] {
            for length in 0..<20 {
                for offset in 0...length {
                    let prefix = String(repeating: "p", count: offset), suffix = filler + String(repeating: "s", count: length - offset)
                    for piece in Self.unsafe {
                        let text = prefix + piece + suffix
                        XCTAssertFalse(isTerminalSafe(text), "\(text.debugDescription)")
                        XCTAssertNotEqual(escapeForTerminal(text), text, "\(text.debugDescription)")
                    }
                    for piece in Self.safe {
                        let text = prefix + piece + suffix
                        XCTAssertTrue(isTerminalSafe(text), "\(text.debugDescription)")
                    }
                }
            }
        }
    }

    func testPaddingAppendsExactlyCountBytes() {
        for count in [-3, 0, 1, 7, 8, 9, 100] {
            var output: [UInt8] = [0x41]
            output.append(.space, times: count)
            XCTAssertEqual(output, [0x41] + Array(repeating: UInt8.space, count: max(0, count)), "\(count)")
        }
    }

    func testTextAppendsItsUTF8Bytes() {
        for text in ["", "a", "geïntegreerde", "short é", "漢字 and a text longer than fifteen bytes ⏎"] {
            var output: [UInt8] = [0x41]
            output.append(text)
            output.append(text[...])
            XCTAssertEqual(output, [0x41] + Array(text.utf8) + Array(text.utf8), text)
        }
    }

    /// `lines(of:)` looks for a line break in the bytes: it must find exactly what
    /// `Character.isNewline` finds, next to marks, in CR LF, and at the very end.
    func testLineBreaksFoundInTheBytesAreTheNewlineCharacters() {
        let pieces = Self.unsafe + Self.safe + ["\r\n", "\u{B}", "\u{C}", "\u{301}", "\u{2028}\u{301}", "\u{E2}", "\u{2027}", "\u{202A}"]
        for a in pieces {
            for b in pieces {
                for text in [a + b, "x" + a + b, a + "y" + b] {
                    var bytes = text
                    let found = bytes.withUTF8 { hasLineBreak($0) }
                    XCTAssertEqual(found, text.contains { $0.isNewline }, text.debugDescription)
                    XCTAssertEqual(lines(of: text), text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline),
                                   text.debugDescription)
                }
            }
        }
    }
}
