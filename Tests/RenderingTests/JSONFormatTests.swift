import Foundation
@testable import Rendering
import SeededRandom
import TestRandom
import XCTest

final class JSONFormatTests: XCTestCase {
    func testSample() {
        assertRendered(sample, as: .json, #"""
            [
              {"id": "elz.A2.2", "title": "geïntegreerde zorg", "actors": ["ELZ", "SD3"], "hours": 12, "note": "zegt \"ja\", dan\nnee"},
              {"id": "zzl.B1", "title": "gei\#u{308}ntegreerd", "actors": [], "hours": 0.2, "note": null},
              {"id": "kp.3", "title": "漢字 plan 🚀", "actors": ["KP"], "hours": -1.5, "note": "a|b"}
            ]
            """#)
    }

    func testControlCharactersAreEscaped() {
        let table = ResultTable(columns: ["te\"x\\t"], rows: [
            [.text("\u{0}\u{1}\u{8}\u{C}\t\n\r\u{1B}\u{1F} \u{7F}é\u{2028}\u{2029}/")],
        ])
        assertRendered(table, as: .json, #"""
            [
              {"te\"x\\t": "\u0000\u0001\u0008\u000C\t\n\r\u001B\u001F \#u{7F}é\u2028\u2029/"}
            ]
            """#)
    }

    /// Strings are written a run at a time between the bytes that need escaping: on random
    /// texts of those bytes, E2 characters that are and are not U+2028/U+2029, and plain runs
    /// across eight-byte words, the same as escaping a byte at a time (kept here), and JSON
    /// that reads back as the text.
    func testStringsAreEscapedAsByteByByte() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["a", "b", "c", "d", " ", "\"", "\\", "\n", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}",
                                     "é", "\u{2028}", "\u{2029}", "\u{2027}", "–", "’", "\u{20AC}", "日"]
        for _ in 0..<5_000 {
            let text = random.string(upTo: 24, from: alphabet)
            var written: [UInt8] = []
            writeJSONString(text, into: &written)
            XCTAssertEqual(written, Self.byteByByte(text), "\(text.debugDescription), \(seed)")
            let read = try JSONSerialization.jsonObject(with: Data(written), options: .fragmentsAllowed) as? String
            XCTAssertEqual(read, text, "\(text.debugDescription), \(seed)")
        }
    }

    /// The escaping before it went a run at a time.
    static func byteByByte(_ text: String) -> [UInt8] {
        var output: [UInt8] = [0x22]
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case 0x22: output += Array("\\\"".utf8)
            case 0x5C: output += Array("\\\\".utf8)
            case 0x0A: output += Array("\\n".utf8)
            case 0x0D: output += Array("\\r".utf8)
            case 0x09: output += Array("\\t".utf8)
            case 0..<0x20: output += Array(String(format: "\\u%04X", Int(byte)).utf8)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                output += Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default: output.append(byte)
            }
            i += 1
        }
        return output + [0x22]
    }

    func testNumbersAreShortestAndNonFiniteIsNull() {
        let table = ResultTable(columns: ["n"], rows: [
            [.number(0.2)], [.number(0.1 + 0.2)], [.number(1e21)], [.number(-0.0)], [.number(12)],
            [.number(.infinity)], [.number(-.infinity)], [.number(.nan)], [.integer(Int.min)], [.bool(false)],
        ])
        assertRendered(table, as: .json, #"""
            [
              {"n": 0.2},
              {"n": 0.30000000000000004},
              {"n": 1e+21},
              {"n": -0.0},
              {"n": 12.0},
              {"n": null},
              {"n": null},
              {"n": null},
              {"n": -9223372036854775808},
              {"n": false}
            ]
            """#)
    }

    func testEmptyTableIsAnEmptyArray() {
        assertRendered(ResultTable(columns: ["id"]), as: .json, "[]")
    }
}
