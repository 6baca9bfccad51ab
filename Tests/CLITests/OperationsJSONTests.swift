import Foundation
import XCTest

/// Issue 9's "done means" for the operations, as a script would ask them: `planq -e … --format json`.
final class OperationsJSONTests: XCTestCase {
    func json(_ query: String) throws -> [[String: Any]] {
        let r = try PlanqProcess.run(["-e", query, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        return try XCTUnwrap(parsed as? [[String: Any]], r.stdout)
    }

    func testNumberOfThemes() throws {
        let rows = try json("activities of zzl where number of themes = 15")
        XCTAssertEqual(rows.compactMap { $0["id"] as? String },
                       ["zzl.A1.2", "zzl.A2.4", "zzl.A2.5", "zzl.A2.6", "zzl.A2.7", "zzl.A3.1"])
    }

    /// Percentages are numbers of percent: the staff table's fixed shares add up to 315.
    func testSumOfShares() throws {
        let r = try PlanqProcess.run(["-e", "sum share of staff of zzl", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "[\n  {\"sum\": 315}\n]\n")
    }

    func testSumByGroupHasCountsShape() throws {
        let rows = try json("sum share of staff by employer")
        XCTAssertEqual(rows.first?.keys.sorted(), ["group", "sum"])
        XCTAssertEqual(rows.first { $0["group"] as? String == "MCH" }?["sum"] as? Int, 130)
        XCTAssertEqual(rows.compactMap { $0["sum"] as? Int }.reduce(0, +), 315)
    }

    func testActorsInBothPlans() throws {
        let rows = try json("actors of elz and of zzl")
        XCTAssertEqual(Set(rows.compactMap { $0["id"] as? String }),
                       ["zzl", "elz-leuven", "elz-leuven-noord", "elz-leuven-zuid", "stad-leuven",
                        "huis-van-het-kind-leuven", "wgc", "zzl-buurtteams"])
    }

    func testNamedQueriesCombine() throws {
        let r = try PlanqProcess.run(["-e", "let a = actors of elz", "-e", "let b = actors of zzl", "-e", "count a and not b",
                                      "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "count\r\n17\r\n")
    }

    func testDutchAsksTheSame() throws {
        let dutch = try PlanqProcess.run(["-e", "activiteiten van elz met trekker ELZ", "--format", "json"])
        let english = try PlanqProcess.run(["-e", "activities of elz with lead ELZ", "--format", "json"])
        XCTAssertEqual(dutch.status, 0, dutch.stderr)
        XCTAssertEqual(dutch.stdout, english.stdout)
        XCTAssertTrue(english.stdout.contains("elz.A2.2"))
    }

    /// A script line starting with a Dutch filter word (or `desc`) continues the statement above,
    /// as the parser reads it: the continuation words come from the keyword table.
    func testScriptLinesContinueInDutch() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planq-dutch-\(UUID().uuidString).pq")
        defer { try? FileManager.default.removeItem(at: url) }
        try "activiteiten van elz\n  met trekker ELZ\nactivities of elz order by start\n  desc limit 2\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let r = try PlanqProcess.run(["-f", url.path, "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("elz.") }.count, 4 + 2, r.stdout)
    }

    /// `let a = a or a` doubles a query each time: past a limit it is an error, not a hang.
    func testSelfDoublingQueryIsRefusedAtOnce() throws {
        let script = "let a = actors of elz\n" + String(repeating: "let a = a or a\n", count: 40) + "count a\n"
        let r = try PlanqProcess.run(["--keep-going"], stdin: script)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("'a' has grown past 20000 tests"), r.stderr)
    }
}
