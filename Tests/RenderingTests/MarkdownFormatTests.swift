import XCTest
import Rendering

final class MarkdownFormatTests: XCTestCase {
    func testSample() {
        assertRendered(sample, as: .markdown, #"""
            | id | title | actors | hours | note |
            |---|---|---|---:|---|
            | elz.A2.2 | geïntegreerde zorg | ELZ, SD3 | 12 | zegt "ja", dan<br>nee |
            | zzl.B1 | gei\#u{308}ntegreerd |  | 0.2 |  |
            | kp.3 | 漢字 plan 🚀 | KP | -1.5 | a\|b |
            """#)
    }

    func testPipesLineBreaksAndControlsCannotBreakTheTable() {
        let table = ResultTable(columns: ["a|b"], rows: [[.text("x|y\r\nz\u{1B}[1m\tw")]])
        assertRendered(table, as: .markdown, #"""
            | a\|b |
            |---|
            | x\|y<br>z\u{1B}[1m w |
            """#)
    }

    func testEmptyTableIsItsHeader() {
        assertRendered(ResultTable(columns: ["id", "hours"]), as: .markdown, """
            | id | hours |
            |---|---|
            """)
    }
}
