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

    /// Texts of plan text's one-column scalars (compared as bytes) mixed with ones that join a
    /// neighbour or are canonically equal to another (compared by characters): the same answers.
    func testOneColumnTextAgreesWithStringContains() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["a", "e", "é", "–", "’", "€", "→", "\u{FFFD}", "ÿ", "\u{2FF}", " ", "\t",
                                     "e\u{301}", "\u{212B}", "Å", "\r\n"]
        let oneColumn = Array(alphabet.prefix(12))
        for round in 0..<20_000 {
            let letters = round % 2 == 0 ? oneColumn : alphabet
            let (haystack, needle) = (random.string(upTo: 8, from: letters), random.string(upTo: 3, from: letters))
            XCTAssertEqual(FoldedContains.contains(haystack, needle), FoldedContains.byCharacters(haystack, needle),
                           "\(haystack.debugDescription) ∋ \(needle.debugDescription), \(seed)")
        }
        XCTAssertTrue(FoldedContains.contains("zorg – welzijn €5", "– welzijn €"))
        XCTAssertFalse(FoldedContains.contains("e\u{301}", "e"), "e with a combining accent is not e")
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
