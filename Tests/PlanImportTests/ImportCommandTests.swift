import Foundation
import XCTest

/// `planq import` as a user runs it: files written whole or not at all, exit statuses, --check.
final class ImportCommandTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testImportWritesAPlanFileThatPlanqLoads() throws {
        let out = folder.appendingPathComponent("elz.yaml").path
        let run = try PlanqRun.run(["import", ImportHarness.elzSource, "--actors", "Examples/plans/actors.yaml", "-o", out])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("warning: placeholder 'Klik of tik om tekst in te voeren.'"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["elz.yaml"], "no temporary file left")
        let check = try PlanqRun.run([out, "Examples/plans/actors.yaml", "--check"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.hasSuffix("2 files checked: 0 errors, 2 warnings\n"), check.stdout)
        let query = try PlanqRun.run([out, "Examples/plans/actors.yaml", "-e", "count activities with lead ELZ", "--format", "csv"])
        XCTAssertEqual(query.stdout.split(whereSeparator: \.isNewline), ["count", "4"])
    }

    func testImportToStandardOutput() throws {
        let run = try PlanqRun.run(["import", ImportHarness.zzlSource, "--actors", "Examples/plans/actors.yaml"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("# Transitieplan Zorgzaam Leuven: imported by `planq import` from Examples/sources/zorgzaam-leuven-transitieplan.txt"))
        XCTAssertTrue(run.stdout.contains("\n  - id: A8.3\n    goal: SD8\n"))
    }

    func testCheckListsWarningsOnlyAndWritesNothing() throws {
        let out = folder.appendingPathComponent("elz.yaml").path
        let run = try PlanqRun.run(["import", "--check", ImportHarness.elzSource, "--actors", "Examples/plans/actors.yaml", "-o", out])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n")
        XCTAssertEqual(lines.last, "1 document checked: 0 errors, 21 warnings")
        XCTAssertEqual(lines.dropLast().count, 21)
        XCTAssertTrue(lines.dropLast().allSatisfy { $0.hasPrefix("\(ImportHarness.elzSource):") && $0.contains(": warning: ") })
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testBadDocumentExits65AndLeavesNoFile() throws {
        let bad = folder.appendingPathComponent("notes.txt")
        try Data("Notulen\n\nGeen plan.\n".utf8).write(to: bad)
        let existing = folder.appendingPathComponent("out.yaml")
        try Data("keep me\n".utf8).write(to: existing)
        let run = try PlanqRun.run(["import", ImportHarness.elzSource, bad.path, "-o", folder.path])
        XCTAssertEqual(run.status, 65)
        XCTAssertTrue(run.stderr.contains("\(bad.path):1:1: error: neither template"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["notes.txt", "out.yaml"],
                       "nothing written when one document fails")
        let binary = folder.appendingPathComponent("scan.pdf")
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: binary)
        let second = try PlanqRun.run(["import", binary.path, "-o", existing.path])
        XCTAssertEqual(second.status, 65)
        XCTAssertTrue(second.stderr.contains("\(binary.path):1:5: error: binary file: NUL byte at offset 4"), second.stderr)
        XCTAssertEqual(try String(contentsOf: existing, encoding: .utf8), "keep me\n")
    }

    func testSeveralDocumentsGoToAFolder() throws {
        let usage = try PlanqRun.run(["import", ImportHarness.elzSource, ImportHarness.zzlSource])
        XCTAssertEqual(usage.status, 64)
        let imported = folder.appendingPathComponent("imported").path
        let run = try PlanqRun.run(["import", ImportHarness.elzSource, ImportHarness.zzlSource, "--actors", "Examples/plans/actors.yaml",
                                    "-o", imported])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: imported).sorted(),
                       ["elz-leuven-2024.yaml", "zorgzaam-leuven.yaml"])
        let check = try PlanqRun.run([imported, "Examples/plans/actors.yaml", "--check"])
        XCTAssertEqual(check.status, 0, check.stderr)
    }

    func testMissingDocumentExits74() throws {
        let run = try PlanqRun.run(["import", folder.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(run.status, 74)
        XCTAssertTrue(run.stderr.contains("missing.txt: error: cannot read the document"))
    }
}

/// Runs the built `planq` (the CLI tests' runner lives in another test target; this is the
/// few lines this target needs).
enum PlanqRun {
    static func binary() throws -> URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("planq")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let fallback = ImportHarness.root.appendingPathComponent(".build/debug/planq")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else { throw XCTSkip("planq binary not built") }
        return fallback
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = ImportHarness.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
