import Foundation
import XCTest

/// Meta commands report through the one diagnostic type: a plan's errors keep their own
/// file, line and column when `.load` fails, and the command's consequence is said at it.
final class MetaCommandErrorTests: XCTestCase {
    func testLoadKeepsEachPlanErrorsPositionAndSaysThePlansStay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try "plan:\n  id: p\n  title: P\ngoals:\n  - id: G1\n    parent: G9\n".write(to: bad, atomically: true, encoding: .utf8)
        let script = folder.appendingPathComponent("load.pq")
        try ".load \(bad.path)\ncount plans\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try PlanqProcess.run(["-f", script.path, "--keep-going", "--format", "csv"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "count\r\n2\r\n", "the example plans stay loaded")
        XCTAssertTrue(r.stderr.hasPrefix("\(bad.path):6:13: error: "), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(script.path):1:1: error: plans not loaded (1 error above); the current plans stay\n  .load "), r.stderr)
    }

    func testReadNestedTooDeepIsPositionedAtTheReadLine() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("planq-self-\(UUID().uuidString).pq")
        try "count goals of elz\n.read \(script.path)\n".write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let r = try PlanqProcess.run(["-f", script.path, "--format", "csv"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("\(script.path):2:1: error: .read nested more than 16 deep (does a script read itself?)\n  .read "), r.stderr)
    }
}
