import Foundation
import XCTest

/// Standard input and `-f` scripts run statement by statement as they are read, in bounded
/// memory: output comes before the input ends, and endless input is a clean error (issue 15).
final class StreamingInputTests: XCTestCase {
    func testAStatementOnAPipeRunsBeforeTheInputEnds() throws {
        let process = Process()
        process.executableURL = try PlanqProcess.binary
        process.arguments = ["--format", "csv"]
        process.currentDirectoryURL = PlanqProcess.repo
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { process.terminate() }
        // A next statement follows, so the first is known to be complete; the pipe stays open.
        input.fileHandleForWriting.write(Data("count goals of elz\ncount goals of zzl\n".utf8))
        let answer = try readLine(output.fileHandleForReading, count: 2, within: 20)
        XCTAssertEqual(answer, "count\r\n11\r\n")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// Reads until `count` line breaks have come, or fails after `seconds`.
    func readLine(_ handle: FileHandle, count: Int, within seconds: Double) throws -> String {
        var received = Data()
        let deadline = Date().addingTimeInterval(seconds)
        while received.filter({ $0 == 10 }).count < count {
            var poller = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard Date() < deadline, poll(&poller, 1, 100) >= 0 else { break }
            if poller.revents != 0 { received += handle.availableData }
        }
        return String(decoding: received, as: UTF8.self)
    }

    func testEndlessOrBrokenInputIsAnErrorAtItsLine() throws {
        let zero = try PlanqProcess.runShell("\"$PLANQ\" < /dev/zero")
        XCTAssertEqual(zero.status, 1)
        XCTAssertEqual(zero.stderr, "<stdin>: error: line 1 is longer than 64 KiB; is it a script?\n")
        let script = try PlanqProcess.runShell("\"$PLANQ\" -f /dev/zero")
        XCTAssertEqual(script.status, 74)
        XCTAssertEqual(script.stderr, "error: cannot read script '/dev/zero': not a file\n")
        let bad = try PlanqProcess.run(["--format", "csv"], stdin: "count goals of elz\n\u{1}\n")
        XCTAssertEqual(bad.stdout, "count\r\n11\r\n")
        let binary = try PlanqProcess.runShell("printf 'count goals of elz\\n  \\377x\\n' | \"$PLANQ\" --format csv")
        XCTAssertEqual(binary.status, 1)
        XCTAssertEqual(binary.stdout, "count\r\n11\r\n")
        XCTAssertTrue(binary.stderr.hasPrefix("<stdin>:2:3: error: script is not valid UTF-8 (byte 0xFF); save it as UTF-8"), binary.stderr)
    }
}

extension PlanqProcess {
    /// Runs a /bin/sh command line in which `$PLANQ` is the built binary.
    static func runShell(_ command: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = repo
        var environment = ProcessInfo.processInfo.environment
        environment["PLANQ"] = try binary.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
