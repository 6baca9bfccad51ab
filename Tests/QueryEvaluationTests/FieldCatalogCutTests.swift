@testable import QueryEvaluation
import SeededRandom
import TestRandom
import XCTest

/// `.fields` shows an example value cut to 60 characters. Without a line break only the first
/// 61 characters are looked at: the cut must be the one made from the whole text with its line
/// feeds as spaces — at 59 to 62 characters, with marks, wide and CR LF characters.
final class FieldCatalogCutTests: XCTestCase {
    private func cutWhole(_ text: String) -> String {
        let line = String(text.map { $0 == "\n" ? " " : $0 })
        return line.count > 60 ? String(line.prefix(57)) + "…" : line
    }

    func testCutAsTheWholeTextIsCut() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["a", " ", "é", "e\u{301}", "日", "\r\n", "\u{1F1E7}\u{1F1EA}"]
        for _ in 0..<2_000 {
            var text = random.string(56...64, from: alphabet)
            if random.between(0...3) == 0 { text.insert("\n", at: text.index(text.startIndex, offsetBy: random.between(0...text.count))) }
            XCTAssertEqual(FieldCatalog.cut(text), cutWhole(text), "\(text.debugDescription), \(seed)")
        }
        XCTAssertEqual(FieldCatalog.cut(String(repeating: "x", count: 60)), String(repeating: "x", count: 60))
        XCTAssertEqual(FieldCatalog.cut(String(repeating: "x", count: 61)), String(repeating: "x", count: 57) + "…")
        XCTAssertEqual(FieldCatalog.cut("a\nb"), "a b")
    }
}
