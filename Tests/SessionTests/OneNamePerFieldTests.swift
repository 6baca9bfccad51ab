import Diagnostics
import PlanFiles
import PlanModel
@testable import Session
import XCTest

/// Every answer names each column once, so that JSON output never has duplicate keys.
final class OneNamePerFieldTests: XCTestCase {
    func testDescribeNamesEachFieldOnce() throws {
        guard case .success(let loaded) = PlanLoader.load(paths: [GoldenScriptTests.examples.path]) else {
            throw XCTSkip("example plans do not load")
        }
        let graph = loaded.graph
        for i in 0..<graph.count {
            let rows = NodeDescription(graph: graph).table(NodeRef(i)).rows
            let names = rows.map { row in if case .text(let t) = row[0] { t } else { "" } }
            XCTAssertEqual(names.count, Set(names).count, "describe \(graph.qualifiedID(NodeRef(i))): \(names)")
        }
    }

    func testShowNeverRepeatsAColumn() throws {
        guard case .success(let loaded) = PlanLoader.load(paths: [GoldenScriptTests.examples.path]) else {
            throw XCTSkip("example plans do not load")
        }
        var out = ""
        let batch = Batch(session: Session(graph: loaded.graph, format: .json), writeOutput: { out += $0 }, writeError: { _ in })
        _ = batch.run([SourceFile(name: "q", text: "indicators of elz show kind, type, title, id limit 1")], asScripts: true)
        XCTAssertEqual(out.components(separatedBy: "\"kind\"").count - 1, 1, out)
        XCTAssertEqual(out.components(separatedBy: "\"type\"").count - 1, 1, out)
    }
}
