@testable import Diagnostics
import SeededRandom
import TestRandom
import XCTest

/// `closest` passes over an ASCII candidate on its letters alone, read from its bytes
/// without lowercasing it: the bound must never exceed the edit distance (or a close name
/// would be lost), and a candidate that is not plain ASCII goes the whole way.
final class SuggestionLettersTests: XCTestCase {
    func testTheLetterBoundNeverExceedsTheEditDistance() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet = Array("abcAB_-.1\r")
        for _ in 0..<5_000 {
            let a = random.string(upTo: 7, from: alphabet)
            let b = random.string(upTo: 7, from: alphabet)
            let target = Spelling(a)
            guard let counts = target.asciiLetterCounts else { continue }
            let distance = Suggestions.editDistance(Array(a.lowercased()), Array(b.lowercased()))
            if let bound = Spelling.bagDistance(counts, target.count, b, limit: .max) {
                XCTAssertLessThanOrEqual(bound, distance, "\(a.debugDescription) → \(b.debugDescription), \(seed)")
                // Cut short at a limit: over it exactly when the whole bound is.
                for limit in 0...3 {
                    let cut = Spelling.bagDistance(counts, target.count, b, limit: limit)!
                    XCTAssertEqual(cut > limit, bound > limit, "\(a.debugDescription) → \(b.debugDescription) limit \(limit), \(seed)")
                    XCTAssertLessThanOrEqual(cut, bound, "\(a.debugDescription) → \(b.debugDescription) limit \(limit), \(seed)")
                }
            } else {
                XCTAssertTrue(b.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "\(b.debugDescription), \(seed)")
            }
        }
    }

    func testCloseNamesInAnyCaseAndScriptAreStillFound() {
        let candidates = ["ACTIVITIES", "Goals", "thema's", "Écoles", "ecoles", "GOALS", "actors\r\n", "aktiviteiten"]
        XCTAssertEqual(Suggestions.closest(to: "activites", among: candidates), ["ACTIVITIES"])
        XCTAssertEqual(Suggestions.closest(to: "GAOLS", among: candidates), ["Goals", "GOALS"])
        XCTAssertEqual(Suggestions.closest(to: "ecole", among: candidates), ["ecoles", "Écoles"])
        XCTAssertEqual(Suggestions.closest(to: "thémas", among: candidates), ["thema's"])
        XCTAssertEqual(Suggestions.closest(to: "actor", among: candidates), ["actors\r\n"])
        XCTAssertEqual(Suggestions.closest(to: "xyzzy", among: candidates), [])
    }

    /// A vocabulary spelt once answers as its list of words does, for every name.
    func testAVocabularyAnswersAsItsWordsDo() throws {
        let words = ["activities", "activiteiten", "goals", "doelen", "actors", "actoren", "thema's", "Écoles",
                     "count", "describe", "explain", "goals", "x", "GOALS", "work-packages", "werkpakketten"]
        let vocabulary = Suggestions.Vocabulary(words)
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet = Array("aeioulrstcgdvkpéÉ'-_")
        var names = words + ["activites", "gaols", "acteurs", "thémas", "ecole", "cuont", "goal", "xx", "zzzzzz", ""]
        for _ in 0..<2_000 {
            names.append(random.string(1...12, from: alphabet))
        }
        for name in names {
            for limit in [1, 2, 5] {
                XCTAssertEqual(Suggestions.closest(to: name, among: vocabulary, limit: limit),
                               Suggestions.closest(to: name, among: words, limit: limit), "\(name) limit \(limit), \(seed)")
            }
        }
    }
}

/// `closest` over an array reads it by index; over any other sequence, by its iterator: the
/// same candidates in the same order must give the same suggestions.
final class SuggestionSequenceTests: XCTestCase {
    func testAnArrayAndASequenceOfItSuggestAlike() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet = Array("abcAB1é")
        func word() -> String { random.string(upTo: 5, from: alphabet) }
        for _ in 0..<2_000 {
            let candidates = (0..<random.between(0...12)).map { _ in word() }
            let name = word()
            XCTAssertEqual(Suggestions.closest(to: name, among: candidates),
                           Suggestions.closest(to: name, among: candidates.lazy.map { $0 }), "\(name) among \(candidates), \(seed)")
        }
    }

    /// A name that is not plain ASCII passes plain ASCII candidates over on their length
    /// before spelling them; a vocabulary spells every candidate: both must suggest alike.
    func testANonASCIINameSuggestsAsAVocabularyDoes() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["a", "b", "C", "é", "É", "1", "\r", "日", "e\u{301}"]
        func word(_ most: Int) -> String { random.string(upTo: most, from: alphabet) }
        for _ in 0..<3_000 {
            let candidates = (0..<random.between(0...12)).map { _ in word(9) }
            let name = "é" + word(6)
            XCTAssertEqual(Suggestions.closest(to: name, among: candidates),
                           Suggestions.closest(to: name, among: Suggestions.Vocabulary(candidates)), "\(name) among \(candidates), \(seed)")
        }
    }
}
