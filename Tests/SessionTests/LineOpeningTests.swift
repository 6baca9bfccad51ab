import SeededRandom
@testable import Session
import TestRandom
import XCTest

/// A script line's opening (blank, comment, meta command, other) is read from its bytes when
/// they are ASCII where it matters: the same as reading it character by character, for lines of
/// spaces, tabs, `#`, `-`, `.`, CR, letters, and the scalars that join a neighbour (combining
/// marks, ZWJ, a variation selector) or are not ASCII at all.
final class LineOpeningTests: XCTestCase {
    func testBytesReadAsCharacters() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = [" ", " ", "\t", "#", "-", "-", ".", "\r", "a", "é", "\u{301}", "\u{200D}", "\u{FE0F}", "-\u{301}", "日"]
        for _ in 0..<30_000 {
            let line = random.string(upTo: 6, from: alphabet)[...]
            XCTAssertEqual(LineOpening(line), LineOpening(characters: line), "\(line.debugDescription), \(seed)")
        }
        XCTAssertEqual(LineOpening("  -- comment"), .comment)
        XCTAssertEqual(LineOpening("\t.timer on"), .meta)
        XCTAssertEqual(LineOpening("#\u{301} not a comment"), .other, "# with a mark on it is another character")
        XCTAssertEqual(LineOpening(" \t "), .blank)
    }
}
