@testable import PlanFiles
import PlanModel
import SeededRandom
import TestRandom
import XCTest

/// `FoldedIDs` finds an id by its bytes, folding as `FoldedKey.of` folds, in a table of its
/// own for short ASCII ids. Whatever the ids, it must answer what a `Dictionary` keyed by
/// `FoldedKey.of` answers.
final class FoldedIDsTests: XCTestCase {
    /// Pieces of ids: letters of both cases (folded alike), digits, marks, letters outside
    /// ASCII (`é`, `É`, `ß`: not short keys as written, but some fold to ASCII and must then
    /// meet the ids written so), so that lengths cross the 8-, 16- and 32-byte words and some
    /// ids differ only in case or past a word's end.
    static let pieces = ["a", "A", "z", "Z", "0", "9", ".", "-", "_", "é", "É", "ß", "OD1", "sd", "SD", "x", "@", "[", "`", "{"]

    func testFindsWhatADictionaryOfFoldedKeysFinds() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        for _ in 0..<200 {
            var table = FoldedIDs()
            var reference: [String: NodeRef] = [:]
            var written: [String] = []
            for n in 0..<random.between(0...300) {
                var id = ""
                for _ in 0..<random.between(1...14) { id += random.pick(Self.pieces) }
                written.append(id)
                table.insert(id, NodeRef(n))
                if reference[FoldedKey.of(id)] == nil { reference[FoldedKey.of(id)] = NodeRef(n) }
            }
            for id in written + written.map { $0.uppercased() } + ["", "nothing-like-it", String(repeating: "a", count: 40)] {
                var copy = id
                let byBytes = copy.withUTF8 { table.find($0) }
                XCTAssertEqual(byBytes, reference[FoldedKey.of(id)], "'\(id)' — \(seed)")
                XCTAssertEqual(table.find(id), byBytes)
            }
        }
    }

    /// A short key lowers eight bytes at once (`ByteWords.lowered`); every ASCII byte, at every
    /// place in a word and among any others, must come out as `FoldedKey.lower` makes it
    /// (the bytes around the capitals, `@` `[` `` ` `` `{`, included).
    func testAWordLowersAsItsBytesDo() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        for byte in UInt8(0)...0x7F {
            for place in 0..<8 {
                var bytes = (0..<8).map { _ in UInt8(random.between(0...0x7F)) }
                bytes[place] = byte
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
                let lowered = ByteWords.lowered(word)
                for k in 0..<8 {
                    XCTAssertEqual(UInt8(truncatingIfNeeded: lowered >> (8 * k)), FoldedKey.lower(bytes[k]), "\(bytes) — \(seed)")
                }
            }
        }
    }

    /// The first node added under an id keeps it.
    func testTheFirstIdKeepsItsNode() {
        var table = FoldedIDs()
        table.insert("SD1", NodeRef(1))
        table.insert("sd1", NodeRef(2))
        XCTAssertEqual(table.find("Sd1"), NodeRef(1))
        XCTAssertNil(table.find("SD2"))
    }
}
