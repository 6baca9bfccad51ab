import Foundation
import XCTest

/// `tree` and `timeline` in the data formats: JSON a parser reads, with the same nodes as
/// the CSV rows.
final class DrawingDataTests: XCTestCase {
    func testTreeJSONParsesAndHoldsTheSameNodesAsItsCSV() throws {
        let json = try PlanqProcess.run(["-e", "tree plan zzl", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        func ids(_ node: [String: Any]) -> [String] {
            [node["id"] as? String ?? "?"] + ((node["children"] as? [[String: Any]]) ?? []).flatMap(ids)
        }
        let csv = try PlanqProcess.run(["-e", "tree plan zzl", "--format", "csv"])
        let csvIDs = csv.stdout.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        XCTAssertEqual(ids(root), csvIDs)
        XCTAssertEqual(csvIDs.filter { $0.hasPrefix("zzl.A") }.count, 28, "every activity of zzl is in the tree")
    }

    func testTimelineJSONHasOneRowPerNodeWithItsDays() throws {
        let r = try PlanqProcess.run(["-e", "timeline activities of elz", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 6)
        XCTAssertEqual(rows.first { $0["id"] as? String == "elz.A2.2" }?["start"] as? String, "2024-07-01")
    }
}
