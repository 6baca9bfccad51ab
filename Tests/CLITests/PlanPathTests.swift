import Foundation
import XCTest

/// Plan paths planq cannot read exit 74 (the README's "a file could not be read"), never
/// hang on a FIFO and never load nothing in silence (issue 15).
final class PlanPathTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("planq-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func path(_ name: String) -> String { temp.appendingPathComponent(name).path }

    func testUnreadablePlanPathsExit74WithTheReason() throws {
        let fm = FileManager.default
        XCTAssertEqual(mkfifo(path("fifo.yaml"), 0o600), 0)
        try fm.createSymbolicLink(atPath: path("loop"), withDestinationPath: "loop")
        try fm.createDirectory(atPath: path("only-sub/x.yaml"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: path("with-fifo"), withIntermediateDirectories: true)
        try fm.copyItem(atPath: PlanqProcess.repo.appendingPathComponent("Examples/plans/actors.yaml").path,
                        toPath: path("with-fifo/actors.yaml"))
        XCTAssertEqual(mkfifo(path("with-fifo/zz.yaml"), 0o600), 0)
        let cases: [(String, String)] = [
            ("/dev/zero", "/dev/zero: error: cannot read: a device, not a plan file (planq reads regular files only)"),
            (path("fifo.yaml"), "\(path("fifo.yaml")): error: cannot read: a FIFO, not a plan file (planq reads regular files only)"),
            (path("loop"), "\(path("loop")): error: cannot read: Too many levels of symbolic links"),
            (path("only-sub"), "\(path("only-sub")): error: no plan files (*.yaml) in this folder"),
            (path("with-fifo"), "\(path("with-fifo"))/zz.yaml: error: cannot read: a FIFO, not a plan file (planq reads regular files only)"),
            (path("missing"), "\(path("missing")): error: no such file or folder"),
        ]
        for (plans, message) in cases {
            let r = try PlanqProcess.run([plans, "-e", "count goals"])
            XCTAssertEqual(r.status, 74, plans)
            XCTAssertEqual(r.stderr, message + "\n", plans)
            XCTAssertEqual(r.stdout, "")
        }
    }

    func testLoadOfAnUnreadablePathKeepsTheCurrentPlans() throws {
        try FileManager.default.createDirectory(atPath: path("only-sub/x.yaml"), withIntermediateDirectories: true)
        let r = try PlanqProcess.run(["--format", "csv", "--keep-going"], stdin: ".load \(path("only-sub"))\ncount goals of elz\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "count\r\n11\r\n")
        XCTAssertTrue(r.stderr.hasPrefix("\(path("only-sub")): error: no plan files (*.yaml) in this folder"), r.stderr)
        XCTAssertTrue(r.stderr.contains("<stdin>:1:1: error: plans not loaded (1 error above); the current plans stay"), r.stderr)
    }
}
