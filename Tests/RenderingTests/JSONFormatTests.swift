import XCTest
import Rendering

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
