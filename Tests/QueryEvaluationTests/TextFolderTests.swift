@testable import QueryEvaluation
import PlanModel
import SeededRandom
import TestRandom
import XCTest

/// A query's `TextFolder` remembers each non-ASCII character's fold: one folder used for many
/// texts must fold each exactly as `Folding.key` folds it alone — accents, letters whose
/// lowercase is longer (İ, ẞ), combining marks, invisible characters, typographic quotes.
final class TextFolderTests: XCTestCase {
    func testFoldsAsFoldingKeyDoes() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["a", "Z", " ", "é", "É", "İ", "ẞ", "ß", "Σ", "Ω", "e\u{301}", "\u{200B}", "\u{2019}", "Æ", "日", "\u{1F1E7}", "\r\n", "\u{A0}", "Ǆ", "Д", "\u{7FF}", "\u{800}", "\u{10FFFD}"]
        let folder = TextFolder()
        for _ in 0..<20_000 {
            let text = random.string(upTo: 8, from: alphabet)
            XCTAssertEqual(folder.key(text), Folding.key(text), "\(text.debugDescription), \(seed)")
        }
    }

    func testCases() {
        let folder = TextFolder()
        for (text, key) in [("Geïntegreerde", "geintegreerde"), ("ELZ’s", "elz's"), ("Z\u{200B}W", "zw"), ("STRAßE", "strasse"), ("abc", "abc"), ("", "")] {
            XCTAssertEqual(folder.key(text), key, text.debugDescription)
        }
    }
}
