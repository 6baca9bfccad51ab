@testable import Diagnostics
import XCTest

/// The caret line under an ASCII source line is placed from the bytes (one byte, one column),
/// other lines by display width: both must put `^~~` under exactly the range, clamped to the line.
final class CaretPlacementTests: XCTestCase {
    func caretLine(_ source: String, offset: Int, length: Int) -> String {
        let file = SourceFile(name: "q", text: source)
        let text = DiagnosticPrinter().render(Diagnostic(.error, "e", at: SourceRange(offset: offset, length: length), in: file))
        return String(text.split(separator: "\n", omittingEmptySubsequences: false)[2])
    }

    func testASCIICaretsSitUnderTheirRangeAtEveryOffset() {
        let line = "activities\tof zzl\u{1B}x"
        let source = line + "\nnext line"
        let n = line.utf8.count
        for offset in 0...n {
            for length in 0...(n + 4) {
                let under = max(1, min(length, n - offset))
                XCTAssertEqual(caretLine(source, offset: offset, length: length),
                               "  " + String(repeating: " ", count: offset) + "^" + String(repeating: "~", count: under - 1),
                               "offset \(offset), length \(length)")
            }
        }
    }

    func testWideAndCombiningTextIsMeasuredOnScreen() {
        // 日本 takes two columns each; "é" written as e + U+0301 is one.
        let source = "日本 e\u{301}x"
        XCTAssertEqual(caretLine(source, offset: 7, length: 3), "       ^")  // é after "日本 " (5 columns)
        XCTAssertEqual(caretLine(source, offset: 0, length: 6), "  ^~~~")
        XCTAssertEqual(caretLine(source, offset: 10, length: 1), "        ^")
    }

    /// A line of one-column scalars (typographic quotes, the replacement character) with ASCII
    /// controls is placed from its bytes too: one character, one column.
    func testOneColumnCaretsSitUnderTheirRangeAtEveryCharacter() {
        let line = "‘a’\tb “c” – \u{FFFD}x…"
        let source = line + "\nnext line"
        let characters = Array(line)
        let n = characters.count
        func bytes(_ count: Int) -> Int { String(characters.prefix(count)).utf8.count }
        for start in 0...n {
            for length in 0...(n + 2) {
                let offset = bytes(start), end = length > n - start ? bytes(n) + length : bytes(start + length)
                let under = max(1, min(length, n - start))
                XCTAssertEqual(caretLine(source, offset: offset, length: end - offset),
                               "  " + String(repeating: " ", count: start) + "^" + String(repeating: "~", count: under - 1),
                               "character \(start), length \(length)")
            }
        }
    }
}
