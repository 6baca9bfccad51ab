import Diagnostics
import XCTest
@testable import Rendering

final class TableFormatTests: XCTestCase {
    func testSample() {
        assertRendered(sample, as: .table, #"""
            +----------+--------------------+----------+-------+--------------------+
            | id       | title              | actors   | hours | note               |
            +----------+--------------------+----------+-------+--------------------+
            | elz.A2.2 | geïntegreerde zorg | ELZ, SD3 |    12 | zegt "ja", dan⏎nee |
            | zzl.B1   | geïntegreerd       |          |   0.2 |                    |
            | kp.3     | 漢字 plan 🚀       | KP       |  -1.5 | a|b                |
            +----------+--------------------+----------+-------+--------------------+
            (3 rows)
            """#)
    }

    func testWideColumnShrinksToTheWidth() {
        let plans = ResultTable(columns: ["id", "title", "hours"], rows: [
            [.text("elz.A2.2"), .text("geïntegreerde zorg voor ouderen in de wijk"), .integer(12)],
            [.text("kp.3"), .text("漢字 plan 🚀 met een lange naam"), .number(2.5)],
        ])
        assertRendered(plans, as: .table, width: 40, #"""
            +----------+-------------------+-------+
            | id       | title             | hours |
            +----------+-------------------+-------+
            | elz.A2.2 | geïntegreerde zo… |    12 |
            | kp.3     | 漢字 plan 🚀 met… |   2.5 |
            +----------+-------------------+-------+
            (2 rows)
            """#)
    }

    func testManyColumnsOnANarrowTerminalAreAllCut() {
        assertRendered(sample, as: .table, width: 40, #"""
            +-------+-------+-------+-------+------+
            | id    | title | acto… | hours | note |
            +-------+-------+-------+-------+------+
            | elz.… | geïn… | ELZ,… |    12 | zeg… |
            | zzl.… | geïn… |       |   0.2 |      |
            | kp.3  | 漢字… | KP    |  -1.5 | a|b  |
            +-------+-------+-------+-------+------+
            (3 rows)
            """#)
    }

    /// At every width from the narrowest that can hold the columns up, each line of the table
    /// has the same display width, within the limit, and its borders line up.
    func testEveryLineFitsAndBordersLineUp() {
        let wide = ResultTable(columns: ["naam", "omschrijving", "uren", "actoren"], rows: [
            [.text("漢字漢字漢字"), .text(String(repeating: "geïntegreerde zorg ", count: 5)), .integer(1200),
             .list(["ELZ", "SD3", "KP"])],
            [.text("gei\u{308}ntegreerd"), .text("👨‍👩‍👧 gezin 🇳🇱 en ❤\u{FE0F}"), .number(0.25), .null],
        ])
        for table in [sample, wide] {
            let narrowest = 3 * table.columns.count + 1 + 3 * table.columns.count
            for width in narrowest...120 {
                let lines = Renderer(format: .table, width: width).render(table).split(separator: "\n").map(String.init)
                let tableLines = lines.dropLast()
                XCTAssertEqual(lines.last?.hasSuffix("rows)"), true)
                let border = tableLines.first!
                let borderColumns = columns(of: "+", in: border)
                for line in tableLines {
                    XCTAssertLessThanOrEqual(displayWidth(line), width, "at width \(width): \(line)")
                    XCTAssertEqual(displayWidth(line), displayWidth(border), "at width \(width): \(line)")
                    let separator: Character = line.hasPrefix("+") ? "+" : "|"
                    XCTAssert(Set(borderColumns).isSubset(of: columns(of: separator, in: line)), "at width \(width): \(line)")
                }
            }
        }
    }

    func testEmptyTableStillHasItsHeader() {
        assertRendered(ResultTable(columns: ["id", "hours"]), as: .table, #"""
            +----+-------+
            | id | hours |
            +----+-------+
            (0 rows)
            """#)
    }

    func testOneRowFooterIsSingular() {
        assertRendered(ResultTable(columns: ["id"], rows: [[.text("elz")]]), as: .table, #"""
            +-----+
            | id  |
            +-----+
            | elz |
            +-----+
            (1 row)
            """#)
    }

    func testControlCharactersInDataCannotBreakTheTable() {
        let hostile = ResultTable(columns: ["a\tb", "x"], rows: [
            [.text("tab\there"), .text("esc\u{1B}[31mred\r\nline\u{202E}rlo\u{0}")],
        ])
        assertRendered(hostile, as: .table, #"""
            +----------+----------------------------------------+
            | a b      | x                                      |
            +----------+----------------------------------------+
            | tab here | esc\u{1B}[31mred⏎line\u{202E}rlo\u{00} |
            +----------+----------------------------------------+
            (1 row)
            """#)
    }

    func testColorBoldsHeadersAndLeavesNullsBlankWithoutChangingTheLayout() {
        let table = ResultTable(columns: ["id", "hours"], rows: [[.text("elz"), .null], [.text("kp"), .integer(3)]])
        let colored = Renderer(format: .table, color: true).render(table)
        XCTAssertEqual(colored, """
            +-----+-------+
            | \u{1B}[1mid\u{1B}[0m  | \u{1B}[1mhours\u{1B}[0m |
            +-----+-------+
            | elz |       |
            | kp  |     3 |
            +-----+-------+
            (2 rows)

            """)
        let lines = colored.split(separator: "\n").dropLast().map(String.init)
        XCTAssert(lines.allSatisfy { displayWidth($0) == 15 })
        XCTAssertEqual(removingEscapeSequences(colored).split(separator: "\n").map(\.count), lines.map { _ in 15 } + [8])
        XCTAssertFalse(Renderer(format: .table).render(table).contains("\u{1B}"))
    }

    func testNumberColumnsAreRightAlignedHeaderIncluded() {
        let table = ResultTable(columns: ["n", "naam", "mixed"], rows: [
            [.integer(1200), .text("x"), .text("tekst")], [.number(2.5), .null, .integer(7)],
        ])
        assertRendered(table, as: .table, #"""
            +------+------+-------+
            |    n | naam | mixed |
            +------+------+-------+
            | 1200 | x    | tekst |
            |  2.5 |      |     7 |
            +------+------+-------+
            (2 rows)
            """#)
    }

    func testShortRowsReadAsNulls() {
        assertRendered(ResultTable(columns: ["a", "b"], rows: [[.integer(1)]]), as: .table, #"""
            +---+---+
            | a | b |
            +---+---+
            | 1 |   |
            +---+---+
            (1 row)
            """#)
    }
}

/// The display columns at which `character` stands in `line`.
private func columns(of character: Character, in line: String) -> [Int] {
    var result: [Int] = []
    var column = 0
    for each in line {
        if each == character { result.append(column) }
        column += displayWidth(String(each))
    }
    return result
}

final class DateColumnTests: XCTestCase {
    /// On an 80-column terminal the title narrows; the dates stay whole.
    func testDatesAreNeverCutOnAnEightyColumnTerminal() {
        let table = ResultTable(columns: ["id", "kind", "plan", "title", "start", "end", "period"], rows: [
            [.text("elz.A5.1"), .text("activity"), .text("elz"),
             .text("Oprichting ‘inspiratietank’ en samenstellen toolbox voor zorgzame buurten"),
             .text("2024-01-01"), .text("2024-12-31"), .text("2023 Q1-Q2")],
        ])
        let text = Renderer(format: .table, width: 80).render(table)
        XCTAssertTrue(text.contains("| 2024-01-01 | 2024-12-31 | 2023 Q1-Q2 |"), text)
        XCTAssertTrue(text.contains("| Opricht… |"), "the title narrows instead: \(text)")
        XCTAssertTrue(text.split(separator: "\n").dropLast().allSatisfy { displayWidth(String($0)) <= 80 }, text)
    }

    func testWhatLooksLikeADate() {
        for date in ["2024", "2024-01-15", "2024 Q1", "2023 Q1-Q2", "2024-01-01..2024-03-31", "2024 H2"] {
            XCTAssertTrue(looksLikeDate(date), date)
        }
        for text in ["elz", "SD3", "12", "2024 plan", "Opzetten proeftuin"] { XCTAssertFalse(looksLikeDate(text), text) }
    }
}
