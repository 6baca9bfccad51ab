import Diagnostics
import XCTest
import Rendering

final class ExpandedFormatTests: XCTestCase {
    func testSample() {
        assertRendered(sample, as: .expanded, """
            -[ RECORD 1 ]--------------
            id     | elz.A2.2
            title  | geïntegreerde zorg
            actors | ELZ, SD3
            hours  | 12
            note   | zegt "ja", dan
                   | nee
            -[ RECORD 2 ]--------------
            id     | zzl.B1
            title  | gei\u{308}ntegreerd
            actors |
            hours  | 0.2
            note   |
            -[ RECORD 3 ]--------------
            id     | kp.3
            title  | 漢字 plan 🚀
            actors | KP
            hours  | -1.5
            note   | a|b
            """)
    }

    func testLongValuesWrapUnderTheValue() {
        let plans = ResultTable(columns: ["id", "title"], rows: [
            [.text("elz.A2.2"), .text("geïntegreerde zorg voor ouderen in de wijk")],
            [.text("kp.3"), .text("漢字 plan 🚀 met een lange naam")],
        ])
        assertRendered(plans, as: .expanded, width: 24, """
            -[ RECORD 1 ]-----------
            id    | elz.A2.2
            title | geïntegreerde
                  | zorg voor
                  | ouderen in de
                  | wijk
            -[ RECORD 2 ]-----------
            id    | kp.3
            title | 漢字 plan 🚀 met
                  | een lange naam
            """)
        let lines = Renderer(format: .expanded, width: 24).render(plans).split(separator: "\n")
        XCTAssert(lines.allSatisfy { displayWidth(String($0)) <= 24 })
    }

    func testRuleMarksTheSeparatorUnderALongLabel() {
        let table = ResultTable(columns: ["a very long column name", "b"], rows: [[.integer(1), .null]])
        assertRendered(table, as: .expanded, """
            -[ RECORD 1 ]-----------+--
            a very long column name | 1
            b                       |
            """)
    }

    func testColorBoldsLabelsAndLeavesNullsBlank() {
        let table = ResultTable(columns: ["id", "hours"], rows: [[.text("elz"), .null]])
        assertRendered(table, as: .expanded, color: true, """
            -[ RECORD 1 ]-
            \u{1B}[1mid\u{1B}[0m    | elz
            \u{1B}[1mhours\u{1B}[0m |
            """)
    }

    func testEmptyTable() {
        assertRendered(ResultTable(columns: ["id"]), as: .expanded, "(0 rows)")
    }
}
