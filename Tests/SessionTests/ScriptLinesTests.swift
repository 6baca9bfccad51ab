@testable import Session
import SeededRandom
import TestRandom
import XCTest

/// A script held in memory is cut into lines at each line feed that is a character of its
/// own, found in the bytes (`ScriptLines.lineEnd`): the lines must be those a search by
/// characters (`firstIndex(of: "\n")`) cuts — a CR LF is one character and no line end, a
/// mark after a line feed does not join it.
final class ScriptLinesTests: XCTestCase {
    private func linesByCharacters(_ text: String) -> [String] {
        var lines: [String] = []
        var position = text.startIndex
        while position < text.endIndex {
            let end = text[position...].firstIndex(of: "\n") ?? text.endIndex
            lines.append(String(text[position..<end]))
            position = end < text.endIndex ? text.index(after: end) : end
        }
        return lines
    }

    private func lines(_ text: String) -> [String] {
        let script = ScriptLines(text: text, name: "t")
        var lines: [String] = []
        while case .line(let line) = script.next() { lines.append(line) }
        return lines
    }

    func testLinesAreCutWhereTheCharacterSearchCutsThem() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["a", " ", "\n", "\r", "\r\n", "\u{301}", "é", "\u{2028}", "日", ";"]
        for _ in 0..<20_000 {
            let text = random.string(upTo: 12, from: alphabet)
            XCTAssertEqual(lines(text), linesByCharacters(text), "\(text.debugDescription), \(seed)")
        }
        XCTAssertEqual(lines("a\r\nb\nc"), ["a\r\nb", "c"])
        XCTAssertEqual(lines("a\n\n"), ["a", ""])
        XCTAssertEqual(lines("\n\u{301}x"), ["", "\u{301}x"])
    }
}
