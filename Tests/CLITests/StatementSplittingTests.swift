import Foundation
import XCTest

/// `-e`, `-f` and standard input split a text into statements the same way (the parser
/// decides), and all three run meta commands.
final class StatementSplittingTests: XCTestCase {
    func temporaryScript(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planq-split-\(UUID().uuidString).pq")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The three ways in of one script text, each with its stderr's file name made alike.
    func runThreeWays(_ text: String, file: URL, extra: [String] = []) throws -> [(way: String, result: PlanqProcess.Result)] {
        let viaE = try PlanqProcess.run(["-e", text] + extra)
        let viaF = try PlanqProcess.run(["-f", file.path] + extra)
        let viaStdin = try PlanqProcess.run(extra, stdin: text)
        func alike(_ r: PlanqProcess.Result, _ name: String) -> PlanqProcess.Result {
            var r = r
            r.stderr = r.stderr.replacingOccurrences(of: name + ":", with: "SCRIPT:")
            return r
        }
        return [("-e", alike(viaE, "query")), ("-f", alike(viaF, file.path)), ("stdin", alike(viaStdin, "<stdin>"))]
    }

    func testALineThatTheStatementCanTakeContinuesItEverywhere() throws {
        // `desc` cannot start a statement; the parser takes it into `order by start`.
        let text = "activities of elz order by start\n  desc limit 2\n"
        let file = try temporaryScript(text)
        for (way, r) in try runThreeWays(text, file: file, extra: ["--format", "csv"]) {
            XCTAssertEqual(r.status, 0, "\(way): \(r.stderr)")
            XCTAssertEqual(r.stdout, "id,kind,plan,title\r\nelz.A2.2,activity,elz,Opzetten proeftuin\r\nelz.A1.1,activity,elz,ELZ Leuven ontmoet\r\n", way)
        }
    }

    func testTheLastStatementOfALineCanContinueOnTheNext() throws {
        // After `;`, the second statement of the line is the one `desc limit 2` continues.
        let text = "count goals of elz; activities of elz order by start\n  desc limit 2\ncount goals of zzl;\n  limit 1\n"
        let file = try temporaryScript(text)
        for (way, r) in try runThreeWays(text, file: file, extra: ["--format", "csv"]) {
            XCTAssertEqual(r.status, 1, "\(way): `limit 1` after `;` starts a statement of its own, an error")
            XCTAssertTrue(r.stdout.hasPrefix("count\r\n11\r\nid,kind,plan,title\r\nelz.A2.2,activity,elz,Opzetten proeftuin\r\nelz.A1.1,activity,elz,ELZ Leuven ontmoet\r\ncount\r\n8\r\n"), "\(way): \(r.stdout)")
        }
    }

    func testALineThatCannotContinueStartsANewStatement() throws {
        // `count` cannot extend `count goals of elz`; `limit 1`, after a comment, extends the query above it.
        let text = "count goals of elz\n.format csv\ncount goals of zzl\n\nactivities of elz order by start\n# the first only\n  limit 1\n"
        let file = try temporaryScript(text)
        for (way, r) in try runThreeWays(text, file: file, extra: ["--format", "csv"]) {
            XCTAssertEqual(r.status, 0, "\(way): \(r.stderr)")
            XCTAssertEqual(r.stderr, "", way)
            XCTAssertEqual(r.stdout, "count\r\n11\r\ncount\r\n8\r\nid,kind,plan,title\r\nelz.A1.1,activity,elz,ELZ Leuven ontmoet\r\n", way)
        }
    }

    func testKeepGoingRunsTheStatementsAfterAFailingOneOnTheSameLines() throws {
        let text = "count goals of elz; activities for SD9; count goals of zzl\n"
        let going = try PlanqProcess.run(["-e", text, "--keep-going", "--format", "csv"])
        XCTAssertEqual(going.status, 1)
        XCTAssertEqual(going.stdout, "count\r\n11\r\ncount\r\n8\r\n")
        XCTAssertTrue(going.stderr.contains("unknown goal 'SD9'"), going.stderr)
        let stopping = try PlanqProcess.run(["-e", text, "--format", "csv"])
        XCTAssertEqual(stopping.status, 1)
        XCTAssertEqual(stopping.stdout, "count\r\n11\r\n")
    }

    func testMetaCommandsRunFromDashE() throws {
        let r = try PlanqProcess.run(["-e", ".plans", "-e", ".format", "-e", ".format csv", "-e", ".format"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("elz: Actieplan ELZ Leuven"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("format: table\nformat: csv\n"), r.stdout)
    }

    func testEveryExampleAndGoldenScriptAnswersAlikeThroughEachWayIn() throws {
        let repo = PlanqProcess.repo
        let folders = ["Examples/queries", "Examples/demo", "Tests/SessionTests/Golden"]
        var checked = 0
        for folder in folders {
            let dir = repo.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".pq") {
                let file = dir.appendingPathComponent(name)
                let text = try String(contentsOf: file, encoding: .utf8)
                let runs = try runThreeWays(text, file: file, extra: ["--keep-going"])
                let reference = runs[1].result
                XCTAssertFalse(reference.stdout.isEmpty && reference.stderr.isEmpty, "\(name) printed nothing with -f")
                for (way, r) in runs where way != "-f" {
                    XCTAssertEqual(r.status, reference.status, "\(folder)/\(name): \(way) vs -f exit status")
                    XCTAssertEqual(r.stdout, reference.stdout, "\(folder)/\(name): \(way) vs -f output")
                    XCTAssertEqual(r.stderr, reference.stderr, "\(folder)/\(name): \(way) vs -f errors")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 18)
    }
}

/// A program driving planq through a pipe, one statement at a time: a statement ended by `;`
/// is answered before the next line is written.
final class CoprocessTests: XCTestCase {
    func testAStatementEndedBySemicolonIsAnsweredWithoutWaitingForTheNextLine() throws {
        let process = Process()
        process.executableURL = try PlanqProcess.binary
        process.arguments = ["--format", "csv"]
        process.currentDirectoryURL = PlanqProcess.repo
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        input.fileHandleForWriting.write(Data("count goals of elz;\n".utf8))
        var poller = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&poller, 1, 20_000), 1, "no answer while the next line is not written")
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = read(output.fileHandleForReading.fileDescriptor, &buffer, buffer.count)
        XCTAssertEqual(String(decoding: buffer.prefix(max(0, n)), as: UTF8.self), "count\r\n11\r\n")
        input.fileHandleForWriting.write(Data("count goals of zzl\n".utf8))
        try input.fileHandleForWriting.close()
        XCTAssertEqual(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), "count\r\n8\r\n")
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }
}
