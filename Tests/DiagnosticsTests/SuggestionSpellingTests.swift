@testable import Diagnostics
import SeededRandom
import TestRandom
import XCTest

/// "did you mean" compares plain ASCII names as bytes and stops a distance once it is over
/// the threshold: both are shortcuts, so each must rank exactly as the plain method does —
/// lowercased characters, the full table — on names of every sort.
final class SuggestionSpellingTests: XCTestCase {
    func testTheShortcutsRankAsTheFullComparison() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let letters: [Character] = ["a", "b", "c", "A", "B", "é", "É", "-", "1", "ß", "\u{301}", "日", " "]
        func word() -> String { random.string(upTo: 7, from: letters) }
        for _ in 0..<2_000 {
            let name = word()
            let candidates = (0..<12).map { _ in word() } + [name.uppercased()]
            XCTAssertEqual(Suggestions.closest(to: name, among: candidates, limit: 3),
                           Self.fullComparison(name, candidates, limit: 3), "\(name) among \(candidates), \(seed)")
        }
    }

    /// A vocabulary passes words over on their byte masks: it must rank as the full comparison,
    /// on ASCII names (where the masks apply) with letters that collide in a mask (`a`/`A`/`!`,
    /// `1`/`q`) and on names that are not ASCII.
    func testAVocabularyRanksAsTheFullComparison() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let ascii: [Character] = ["a", "b", "c", "d", "A", "B", "!", "q", "1", "-", "_", " "]
        let mixed: [Character] = ascii + ["é", "ß", "\u{301}"]
        for round in 0..<2_000 {
            let letters = round % 4 == 0 ? mixed : ascii
            let name = random.string(upTo: 9, from: letters)
            let words = (0..<16).map { _ in random.string(upTo: 9, from: letters) } + [name.uppercased()]
            XCTAssertEqual(Suggestions.closest(to: name, among: Suggestions.Vocabulary(words), limit: 3),
                           Self.fullComparison(name, words, limit: 3), "\(name) among \(words), \(seed)")
        }
        XCTAssertEqual(Suggestions.closest(to: "activties", among: Suggestions.Vocabulary(["goals", "activities", "actors"])), ["activities"])
    }

    func testAByteMaskBoundIsNoMoreThanTheBagDistance() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let letters: [Character] = ["a", "b", "c", "A", "!", "q", "1", "A", "~", " "]
        for _ in 0..<5_000 {
            let a = Spelling(random.string(upTo: 8, from: letters)), b = Spelling(random.string(upTo: 8, from: letters))
            let bag = Spelling.bagDistance(a.characters.map { $0.asciiValue! }, b.characters.map { $0.asciiValue! })
            XCTAssertLessThanOrEqual(Spelling.maskDistance(try XCTUnwrap(a.byteMask), try XCTUnwrap(b.byteMask)), bag, "\(a.characters) / \(b.characters), \(seed)")
        }
        XCTAssertNil(Spelling("é").byteMask)
    }

    func testABoundedDistanceIsExactUpToItsLimit() {
        let pairs = [("kitten", "sitting"), ("SD3", "DS3"), ("activities", "actvities"), ("abcdef", "badcfe"), ("", "abc"),
                     ("lead", "partner"), ("ca", "abc")]
        for (a, b) in pairs {
            let full = Suggestions.editDistance(Array(a), Array(b))
            for limit in 0...6 {
                let bounded = Suggestions.editDistance(Array(a.utf8), Array(b.utf8), limit: limit)
                XCTAssertEqual(min(bounded, limit + 1), min(full, limit + 1), "\(a) / \(b) limit \(limit)")
            }
        }
        XCTAssertEqual(Suggestions.editDistance(Array("SD3"), Array("DS3")), 1, "an adjacent swap is one edit")
        for (a, b) in pairs {
            XCTAssertLessThanOrEqual(Spelling.bagDistance(Array(a.utf8), Array(b.utf8)), Suggestions.editDistance(Array(a), Array(b)), "\(a) / \(b)")
        }
        XCTAssertEqual(Spelling.bagDistance(Array("lead".utf8), Array("partner".utf8)), 5)
    }

    func testNonASCIINamesAreComparedByCharacter() {
        XCTAssertEqual(Suggestions.closest(to: "gezondheid", among: ["Gezondhéid", "gezinsbond"]), ["Gezondhéid"])
        XCTAssertEqual(Suggestions.closest(to: "ZORGPLAN", among: ["zorgplan", "zorgplan"]), ["zorgplan"], "a name given twice is offered once")
    }

    /// The method before the shortcuts, kept here as the reference.
    static func fullComparison(_ name: String, _ candidates: [String], limit: Int) -> [String] {
        let target = Array(name.lowercased())
        let threshold = max(1, min(3, target.count / 3 + 1))
        let bytes = name.utf8.count, window = (threshold + 2) * 4
        var scored: [(Int, Int, Int, String)] = []
        var seen = Set<String>()
        for (order, candidate) in candidates.enumerated() {
            if abs(candidate.utf8.count - bytes) > window || !seen.insert(candidate).inserted { continue }
            let lowered = Array(candidate.lowercased())
            if abs(lowered.count - target.count) > threshold { continue }
            let d = Suggestions.editDistance(target, lowered)
            if d <= threshold && d < max(target.count, lowered.count) {
                scored.append((d, Suggestions.nearness(target, lowered), order, candidate))
            }
        }
        scored.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        return scored.prefix(limit).map(\.3)
    }
}
