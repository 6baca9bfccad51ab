import XCTest
import Rendering

final class ScratchPerf: XCTestCase {
    func testPerf() {
        let rows: [[ResultTable.Cell]] = (0..<20000).map { i in
            [.text("elz.A\(i)"), .text("geïntegreerde zorg voor ouderen \(i) in de wijk 漢字"), .list(["ELZ", "SD3"]), .integer(i), .number(Double(i) / 7), .null]
        }
        let table = ResultTable(columns: ["id", "title", "actors", "n", "x", "z"], rows: rows)
        for f in OutputFormat.allCases {
            for w in [nil, 60] as [Int?] {
                let start = ContinuousClock.now
                let out = Renderer(format: f, width: w).render(table)
                print(f, w as Any, out.utf8.count, ContinuousClock.now - start)
            }
        }
    }
}
