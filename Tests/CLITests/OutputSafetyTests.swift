import Foundation
import XCTest

/// `.output FILE` never loses the user's data: what it refuses, what it writes in place, what
/// it replaces and how (issue 15). Each case runs the built `planq` on a copy of the plans.
final class OutputSafetyTests: XCTestCase {
    var temp: URL!
    var plans: URL { temp.appendingPathComponent("p") }

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("planq-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PlanqProcess.repo.appendingPathComponent("Examples/plans"), to: plans)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    /// Runs `script` (written to o.pq in the temporary folder) over the copied plans.
    func run(_ script: String, arguments: [String] = []) throws -> PlanqProcess.Result {
        let path = temp.appendingPathComponent("o.pq")
        try script.write(to: path, atomically: true, encoding: .utf8)
        return try PlanqProcess.run([plans.path, "-f", path.path, "--format", "csv"] + arguments, in: temp)
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOf: temp.appendingPathComponent(name), encoding: .utf8)
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    /// Files named like planq's temporary files, left in `folder`.
    func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".planq-") }
    }

    func testALoadedPlanFileIsRefusedAndKept() throws {
        let before = try contents("p/elz.yaml")
        let r = try run(".output p/elz.yaml\ncount goals\n")
        XCTAssertEqual(r.status, 74)
        XCTAssertEqual(r.stderr.components(separatedBy: "\n").first,
                       "\(temp.appendingPathComponent("o.pq").path):1:9: error: 'p/elz.yaml' is the plan file ('\(plans.path)/elz.yaml') planq has read; .output never writes over a file planq reads")
        XCTAssertEqual(try contents("p/elz.yaml"), before)
        XCTAssertEqual(r.stdout, "")
    }

    func testAPlanFileReachedByAnotherNameOrLinkIsRefused() throws {
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: temp.appendingPathComponent("link.yaml").path, withDestinationPath: "p/zzl.yaml")
        try fm.linkItem(atPath: plans.appendingPathComponent("actors.yaml").path, toPath: temp.appendingPathComponent("hard.yaml").path)
        let before = try contents("p/zzl.yaml")
        for target in ["link.yaml", "./p/../p/zzl.yaml", "hard.yaml"] {
            let r = try run(".output \(target)\ncount goals\n")
            XCTAssertEqual(r.status, 74, target)
            XCTAssertTrue(r.stderr.contains("is the plan file"), r.stderr)
        }
        XCTAssertEqual(try contents("p/zzl.yaml"), before)
    }

    func testTheRunningScriptIsRefused() throws {
        let r = try run(".output o.pq\ncount goals\n")
        XCTAssertEqual(r.status, 74)
        XCTAssertTrue(r.stderr.contains("'o.pq' is the script"), r.stderr)
        XCTAssertEqual(try contents("o.pq"), ".output o.pq\ncount goals\n")
    }

    func testADeviceIsWrittenInPlace() throws {
        let r = try run(".output /dev/null\ncount goals\n.output\ncount goals of elz\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "count\r\n11\r\n")
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
    }

    /// `/dev/stdout` links to `pipe:[…]` (no file of that name): written in place.
    func testStandardOutputByItsDeviceNameIsWrittenInPlace() throws {
        let r = try run(".output /dev/stdout\ncount goals of elz\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "count\r\n11\r\n")
    }

    func testAFullDeviceIsAnErrorAtTheStatement() throws {
        let r = try run(".output /dev/full\ncount goals\ncount goals of elz\n")
        XCTAssertEqual(r.status, 74)
        XCTAssertEqual(r.stderr.components(separatedBy: "\n").first,
                       "\(temp.appendingPathComponent("o.pq").path):2:1: error: cannot write '/dev/full': No space left on device; the output of this statement is lost")
        XCTAssertEqual(r.stdout, "", "the script stops at the failed write")
    }

    func testASymlinkKeepsItsLinkAndTheTargetItsPermissions() throws {
        let fm = FileManager.default
        let target = temp.appendingPathComponent("real.csv").path
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(target, 0o600), 0)
        try fm.createSymbolicLink(atPath: temp.appendingPathComponent("out.csv").path, withDestinationPath: "real.csv")
        let r = try run(".output out.csv\ncount goals of elz\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: temp.appendingPathComponent("out.csv").path), "real.csv")
        XCTAssertEqual(try contents("real.csv"), "count\r\n11\r\n")
        XCTAssertEqual(try mode(target), 0o600)
        XCTAssertEqual(try leftovers(in: temp), [])
    }

    func testAReadOnlyFileIsRefusedEvenForRoot() throws {
        let target = temp.appendingPathComponent("ro.csv").path
        try "keep\n".write(toFile: target, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(target, 0o444), 0)
        let r = try run(".output ro.csv\ncount goals\n")
        XCTAssertEqual(r.status, 74)
        XCTAssertTrue(r.stderr.contains("error: 'ro.csv' is read-only (mode 444); .output does not replace a read-only file"), r.stderr)
        XCTAssertEqual(try contents("ro.csv"), "keep\n")
    }

    func testFoldersAndMissingFoldersAreClearErrors() throws {
        let cases = [("p", "'p' is a folder; .output needs a file name"),
                     ("nowhere/out.csv", "cannot write 'nowhere/out.csv': folder 'nowhere' does not exist"),
                     ("p/elz.yaml/x.csv", "cannot write 'p/elz.yaml/x.csv': 'p/elz.yaml' is not a folder")]
        for (target, message) in cases {
            let r = try run(".output \(target)\ncount goals\n")
            XCTAssertEqual(r.status, 74, target)
            XCTAssertTrue(r.stderr.contains("o.pq:1:9: error: \(message)"), r.stderr)
        }
    }

    func testANewFileIsWrittenWhenClosedWithNoTemporaryFileLeft() throws {
        let r = try run(".output new.csv\ncount goals of elz\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try contents("new.csv"), "count\r\n11\r\n")
        XCTAssertEqual(try leftovers(in: temp), [])
    }

    /// A signal in the middle of a script with `.output` ends planq by that signal and
    /// removes the temporary file; the old FILE stays.
    func testASignalLeavesNoTemporaryFile() throws {
        try "old\n".write(to: temp.appendingPathComponent("out.csv"), atomically: false, encoding: .utf8)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            let fifo = temp.appendingPathComponent("in-\(signal).pq").path
            XCTAssertEqual(mkfifo(fifo, 0o600), 0)
            let process = Process()
            process.executableURL = try PlanqProcess.binary
            process.arguments = [plans.path, "-f", fifo]
            process.currentDirectoryURL = temp
            try process.run()
            // The script is a FIFO kept open: planq has made the temporary file and waits for more.
            let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: fifo))
            writer.write(Data(".output out.csv\ncount goals\n".utf8))
            let deadline = Date().addingTimeInterval(20)
            while try leftovers(in: temp).isEmpty && Date() < deadline { usleep(20_000) }
            XCTAssertEqual(try leftovers(in: temp).count, 1, "the temporary file exists while the script runs")
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            try writer.close()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal)
            XCTAssertEqual(process.terminationStatus, signal)
            XCTAssertEqual(try leftovers(in: temp), [], "signal \(signal)")
            XCTAssertEqual(try contents("out.csv"), "old\n")
        }
    }
}

extension OutputSafetyTests {
    func testPlansLoadedLaterAndReadScriptsAreRefusedToo() throws {
        let other = temp.appendingPathComponent("q")
        try FileManager.default.copyItem(at: plans, to: other)
        try "count goals\n".write(to: temp.appendingPathComponent("inner.pq"), atomically: true, encoding: .utf8)
        for (script, message) in [(".load q\n.output q/actors.yaml\n", "'q/actors.yaml' is the plan file"),
                                  (".read inner.pq\n.output inner.pq\n", "'inner.pq' is the script")] {
            let r = try run(script)
            XCTAssertEqual(r.status, 74, script)
            XCTAssertTrue(r.stderr.contains(message), r.stderr)
        }
        XCTAssertEqual(try contents("inner.pq"), "count goals\n")
    }
}

extension OutputSafetyTests {
    /// A file system that fills up mid-script (a 16 KiB tmpfs; root only, skipped elsewhere):
    /// an error at the statement whose output was lost, FILE as it was, no temporary file.
    func testAFullDiskIsAnErrorAndKeepsTheOldFile() throws {
        let small = temp.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        let mount = try PlanqProcess.runShell("mount -t tmpfs -o size=16k tmpfs '\(small.path)'")
        guard mount.status == 0 else { throw XCTSkip("cannot mount a small tmpfs here: \(mount.stderr)") }
        defer { _ = try? PlanqProcess.runShell("umount '\(small.path)'") }
        try "old\n".write(to: small.appendingPathComponent("out.txt"), atomically: false, encoding: .utf8)
        let r = try run(".output small/out.txt\n" + String(repeating: "activities\n", count: 8) + "count goals\n", arguments: ["--format", "table"])
        XCTAssertEqual(r.status, 74)
        XCTAssertTrue(r.stderr.contains("error: cannot write 'small/out.txt': No space left on device; the output of this statement is lost"), r.stderr)
        XCTAssertEqual(try contents("small/out.txt"), "old\n")
        XCTAssertEqual(try leftovers(in: small), [])
    }
}
