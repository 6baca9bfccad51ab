import XCTest
import Rendering

final class CSVFormatTests: XCTestCase {
    func testSample() {
        XCTAssertEqual(Renderer(format: .csv).render(sample), [
            "id,title,actors,hours,note",
            "elz.A2.2,geïntegreerde zorg,ELZ; SD3,12,\"zegt \"\"ja\"\", dan\nnee\"",
            "zzl.B1,gei\u{308}ntegreerd,,0.2,",
            "kp.3,漢字 plan 🚀,KP,-1.5,a|b",
        ].map { $0 + "\r\n" }.joined())
    }

    func testFieldsAreQuotedOnlyWhenTheyMustBe() {
        let table = ResultTable(columns: ["plain", "comma,", "quote\"", "cr", "lf", "list", "spaces"], rows: [
            [.text("a;b"), .text("x,y"), .text("say \"hi\""), .text("a\rb"), .text("a\nb"), .list(["x,y", "z"]),
             .text(" padded ")],
        ])
        XCTAssertEqual(Renderer(format: .csv).render(table),
            "plain,\"comma,\",\"quote\"\"\",cr,lf,list,spaces\r\n"
            + "a;b,\"x,y\",\"say \"\"hi\"\"\",\"a\rb\",\"a\nb\",\"x,y; z\", padded \r\n")
    }

    func testEveryLineEndsInCRLF() {
        let output = Renderer(format: .csv).render(sample)
        let bytes = Array(output.utf8)
        let bareLineFeeds = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
        XCTAssertEqual(bareLineFeeds.count, 1, "only the line feed quoted inside the note")
        XCTAssert(output.hasSuffix("\r\n"))
    }

    func testEmptyTableIsItsHeader() {
        XCTAssertEqual(Renderer(format: .csv).render(ResultTable(columns: ["id", "hours"])), "id,hours\r\n")
    }
}
