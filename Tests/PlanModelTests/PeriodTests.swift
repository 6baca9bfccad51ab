import PlanModel
import XCTest

final class PeriodTests: XCTestCase {
    func testWrittenFormsAndTheirSpans() throws {
        let table: [(String, String, String)] = [
            ("2024", "2024-01-01", "2024-12-31"),
            ("2024 Q1", "2024-01-01", "2024-03-31"),
            ("2024 q4", "2024-10-01", "2024-12-31"),
            ("2024 H2", "2024-07-01", "2024-12-31"),
            ("2023 Q1-Q2", "2023-01-01", "2023-06-30"),
            ("2024-02", "2024-02-01", "2024-02-29"),
            ("2023-02", "2023-02-01", "2023-02-28"),
            ("2024-01-15", "2024-01-15", "2024-01-15"),
            ("2024-01-15..2024-03-31", "2024-01-15", "2024-03-31"),
            ("2022-12..2023-01", "2022-12-01", "2023-01-31"),
        ]
        for (text, start, end) in table {
            let p = try PeriodText.parse(text)
            XCTAssertEqual(p.start.description, start, text)
            XCTAssertEqual(p.end.description, end, text)
        }
    }

    func testCanonicalDescriptions() throws {
        for text in ["2024", "2024 Q1", "2024 H2", "2023 Q2-Q3", "2024-03", "2024-01-15", "2024-01-15..2024-03-31"] {
            XCTAssertEqual(try PeriodText.parse(text).description, text)
        }
        XCTAssertEqual(try PeriodText.parse("2023 Q1-Q2").description, "2023 H1")
    }

    func testImpossibleAndMalformedPeriodsAreRejected() {
        XCTAssertThrowsError(try PeriodText.parse("2024-02-30")) { XCTAssertEqual($0 as? PeriodText.Failure, .impossible("2024-02-30")) }
        XCTAssertThrowsError(try PeriodText.parse("2023-02-29")) { XCTAssertEqual($0 as? PeriodText.Failure, .impossible("2023-02-29")) }
        XCTAssertThrowsError(try PeriodText.parse("2024 Q5")) { XCTAssertEqual($0 as? PeriodText.Failure, .impossible("2024 Q5")) }
        XCTAssertThrowsError(try PeriodText.parse("2024-13")) { XCTAssertEqual($0 as? PeriodText.Failure, .impossible("2024-13")) }
        XCTAssertThrowsError(try PeriodText.parse("Eind januari")) { XCTAssertEqual($0 as? PeriodText.Failure, .malformed("Eind januari")) }
        XCTAssertThrowsError(try PeriodText.parse("2024-06..2024-01")) {
            XCTAssertEqual($0 as? PeriodText.Failure, .endsBeforeStart("2024-06..2024-01"))
        }
    }

    func testOverlapIsInclusiveAtBothEnds() throws {
        let q1 = try PeriodText.parse("2024 Q1")
        XCTAssertTrue(q1.overlaps(try PeriodText.parse("2024-03-31")))
        XCTAssertTrue(q1.overlaps(try PeriodText.parse("2023-12-31..2024-01-01")))
        XCTAssertFalse(q1.overlaps(try PeriodText.parse("2024-04-01")))
        XCTAssertFalse(q1.overlaps(try PeriodText.parse("2023-12-31")))
    }

    func testDayArithmeticRoundTrips() {
        var day = Day(year: 1999, month: 12, day: 31)!
        for _ in 0..<4000 {
            let (y, m, d) = day.civil
            XCTAssertEqual(Day(year: y, month: m, day: d), day)
            day = day.adding(days: 1)
        }
        XCTAssertEqual(day.description, "2010-12-13")
    }

    func testFoldingIgnoresCaseAndAccents() {
        XCTAssertEqual(Folding.key("Geïntegreerde ZORG"), "geintegreerde zorg")
        XCTAssertTrue(Folding.contains("Patiënt centraal", "patient"))
    }
}
