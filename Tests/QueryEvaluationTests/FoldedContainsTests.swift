@testable import QueryEvaluation
import SeededRandom
import TestRandom
import XCTest

/// `FoldedContains` compares bytes only where that is the standard library's `String.contains` (printable
/// text of ASCII without a carriage return); anywhere else it asks `String.contains`. Random
/// texts with the characters where bytes and characters part — a CR before an LF, a
/// combining mark after a letter, flags of two regional indicators — must agree with it.
final class FoldedContainsTests: XCTestCase {
    func testAgreesWithStringContains() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["a", "b", " ", "\r", "\n", "é", "e\u{20D7}", "\u{1F1E7}", "\u{1F1EA}", "\u{1F1F3}", "\u{0}"]
        func text(_ most: Int) -> String { random.string(upTo: most, from: alphabet) }
        for _ in 0..<20_000 {
            let (haystack, needle) = (text(8), text(3))
            XCTAssertEqual(FoldedContains.contains(haystack, needle), FoldedContains.byCharacters(haystack, needle),
                           "\(haystack.debugDescription) ∋ \(needle.debugDescription), \(seed)")
        }
    }

    func testCases() {
        let cases: [(String, String, Bool)] = [
            ("abc", "", true), ("", "", true), ("", "a", false), ("abc", "bc", true), ("abc", "abcd", false),
            ("a\r\nb", "\r", false),          // one character: CR LF
            ("a\r\nb", "\r\n", true),
            ("e\u{20D7}x", "e", false),       // e with a mark is not e
            ("\u{1F1E7}\u{1F1EA}\u{1F1F3}\u{1F1F1}", "\u{1F1EA}\u{1F1F3}", false),  // 🇧🇪🇳🇱 holds no 🇪🇳
            ("abab", "bab", true),
        ]
        for (haystack, needle, expected) in cases {
            XCTAssertEqual(FoldedContains.contains(haystack, needle), expected, "\(haystack.debugDescription) ∋ \(needle.debugDescription)")
            XCTAssertEqual(FoldedContains.byCharacters(haystack, needle), expected, "String.contains: \(haystack.debugDescription) ∋ \(needle.debugDescription)")
        }
    }
}
