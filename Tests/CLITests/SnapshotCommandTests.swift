import Foundation
import XCTest

/// `planq` writes a snapshot after reading plan files, answers the same from it, and reads the
/// files again whenever they change; `--no-cache` and `--check` never use or write one.
final class SnapshotCommandTests: XCTestCase {
    var work: URL!
    var plans: String { work.appendingPathComponent("plans").path }
    var cache: String { work.appendingPathComponent("cache").path }

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("planq-snapshot-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PlanqProcess.repo.appendingPathComponent("Examples/plans"), to: work.appendingPathComponent("plans"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    func planq(_ arguments: [String]) throws -> PlanqProcess.Result {
        try PlanqProcess.run(arguments, environment: ["XDG_CACHE_HOME": cache])
    }

    var snapshots: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/planq")) ?? []).filter { $0.hasSuffix(".snapshot") }
    }

    let query = ["-e", "activities of elz where title ~ \"ontmoet\"", "--format", "csv"]

    func testTheSecondRunAnswersFromTheSnapshotAndAChangeIsSeen() throws {
        let first = try planq([plans] + query)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("ELZ Leuven ontmoet"), first.stdout)
        XCTAssertEqual(snapshots.count, 1)
        let second = try planq([plans] + query)
        XCTAssertEqual(second.stdout, first.stdout)
        XCTAssertEqual(second.stderr, first.stderr)

        let elz = plans + "/elz.yaml"
        let text = try String(contentsOfFile: elz, encoding: .utf8)
        try text.replacingOccurrences(of: "ELZ Leuven ontmoet", with: "ELZ Leuven ontmoet opnieuw").write(toFile: elz, atomically: false, encoding: .utf8)
        let changed = try planq([plans] + query)
        XCTAssertTrue(changed.stdout.contains("ELZ Leuven ontmoet opnieuw"), changed.stdout)
    }

    func testADamagedSnapshotCostsOnlyTime() throws {
        let first = try planq([plans] + query)
        let file = cache + "/planq/" + (try XCTUnwrap(snapshots.first))
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: file))
        let second = try planq([plans] + query)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stdout, first.stdout)
    }

    func testNoCacheAndCheckNeitherWriteNorReadASnapshot() throws {
        XCTAssertEqual(try planq([plans, "--no-cache"] + query).status, 0)
        XCTAssertEqual(snapshots, [])
        XCTAssertEqual(try planq([plans, "--check"]).status, 0)
        XCTAssertEqual(snapshots, [])
    }

    func testAFolderGoneSinceTheSnapshotIsStillAnError() throws {
        XCTAssertEqual(try planq([plans] + query).status, 0)
        try FileManager.default.removeItem(atPath: plans)
        let gone = try planq([plans] + query)
        XCTAssertEqual(gone.status, 74, gone.stderr)
        XCTAssertTrue(gone.stderr.contains("no such file or folder"), gone.stderr)
    }
}
