import Foundation
import XCTest

/// The command-line contract scripts rely on: outputs, error positions and exit statuses.
final class BatchModeTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("planq-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func script(_ name: String, _ text: String) throws -> String {
        let url = temp.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testOneQueryAsJSON() throws {
        let r = try PlanqProcess.run(["-e", "activities of elz for SD2 in 2024 Q3 with lead ELZ", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            [
              {"id": "elz.A2.2", "kind": "activity", "plan": "elz", "title": "Opzetten proeftuin"}
            ]

            """)
    }

    func testRepeatedQueriesRunInOrder() throws {
        let r = try PlanqProcess.run(["-e", "count goals of elz", "-e", "count activities of zzl", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "count\r\n11\r\ncount\r\n28\r\n")
    }

    func testQueryErrorExitsOneWithPosition() throws {
        let r = try PlanqProcess.run(["-e", "activities with leed ELZ"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.hasPrefix("query:1:17: error: unknown role 'leed' — did you mean 'lead'?"), r.stderr)
    }

    func testScriptStopsAtFirstErrorByDefault() throws {
        let path = try script("stop.pq", "count goals of elz\nactivities for SD9\ncount goals of zzl\n")
        let r = try PlanqProcess.run(["-f", path, "--format", "csv"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "count\r\n11\r\n")
        XCTAssertTrue(r.stderr.hasPrefix("\(path):2:16: error: unknown goal 'SD9'"), r.stderr)
    }

    func testKeepGoingReportsEveryErrorAndStillFails() throws {
        let path = try script("go.pq", "activities for SD9\ncount goals of elz\nactivities with lead ELX\n")
        let r = try PlanqProcess.run(["-f", path, "--keep-going", "--format", "csv"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "count\r\n11\r\n")
        XCTAssertTrue(r.stderr.contains("\(path):1:16: error: unknown goal 'SD9'"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(path):3:22: error: unknown actor 'ELX' — did you mean 'ELZ'?"), r.stderr)
    }

    func testFailedExpectationPrintsBothSidesAndExitsTwo() throws {
        let path = try script("expect.pq", "expect count activities of zzl = 28\nexpect count activities of elz = 7\n")
        let r = try PlanqProcess.run(["-f", path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("\(path):2:34: error: expectation failed: expected 7, got 6"), r.stderr)
    }

    func testQueriesOnStandardInputWithCRLFAndBOM() throws {
        let r = try PlanqProcess.run(["--format", "csv"], stdin: "\u{FEFF}count goals of elz\r\n\r\n# a comment\r\ncount activities\r\n  of zzl\r\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "count\r\n11\r\ncount\r\n28\r\n")
    }

    func testMultiLineStatementAndMetaCommandsInAScript() throws {
        let path = try script("multi.pq", ".format csv\nactivities of elz\n  for SD2\n  in 2024 Q3\n.format json\ncount goals of elz\n")
        let r = try PlanqProcess.run(["-f", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "id,kind,plan,title\r\nelz.A2.2,activity,elz,Opzetten proeftuin\r\n[\n  {\"count\": 11}\n]\n")
    }

    func testOutputFileIsWrittenWhenClosed() throws {
        let out = temp.appendingPathComponent("answer.csv").path
        try "an older answer\n".write(toFile: out, atomically: true, encoding: .utf8)   // replaced, not lost
        let path = try script("out.pq", ".format csv\n.output \(out)\ncount goals of elz\n.output\ncount goals of zzl\n")
        let r = try PlanqProcess.run(["-f", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "count\r\n8\r\n")
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "count\r\n11\r\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testBrokenPlanFileExits65AndLoadsNothing() throws {
        let plan = try script("bad.yaml", "plan: {id: p, title: T, period: \"2024\"}\ngoals:\n  - {id: SD1, level: strategc, text: x}\n")
        let r = try PlanqProcess.run([plan, "-e", "count goals"])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.hasPrefix("\(plan):3:22: error: unknown level 'strategc' — did you mean 'strategic'?"), r.stderr)
    }

    func testMissingScriptExits74AndUnknownOptionExits64() throws {
        XCTAssertEqual(try PlanqProcess.run(["-f", temp.appendingPathComponent("nope.pq").path]).status, 74)
        XCTAssertEqual(try PlanqProcess.run(["--frobnicate"]).status, 64)
    }

    func testCheckListsWarningsOfTheExamplePlans() throws {
        let r = try PlanqProcess.run(["--check"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("warning: activity 'A5.1' has no lead"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("3 files checked: 0 errors, 29 warnings\n"), r.stdout)
    }

    func testExampleQueryScriptsAndDemoPassTheirExpectations() throws {
        let folders = ["Examples/queries", "Examples/demo"]
        var ran = 0
        for folder in folders {
            let dir = PlanqProcess.repo.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".pq") {
                let r = try PlanqProcess.run(["-f", dir.appendingPathComponent(name).path])
                XCTAssertEqual(r.status, 0, "\(folder)/\(name): \(r.stderr)")
                ran += 1
            }
        }
        XCTAssertGreaterThanOrEqual(ran, 6)
    }
}
