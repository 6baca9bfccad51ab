import Diagnostics
import Foundation
import Session
import XCTest

/// The shell under stress, driven through the built planq by Terminal/stress_session.py on
/// pseudo-terminals and pipes: one test per scenario (the script's docstring has the steps).
final class StressTests: XCTestCase {
    /// Ctrl-C during a `.read` of 200,000 statements: `Interrupted.` and a prompt at once.
    func testCtrlCStopsALongScript() throws { try scenario("interrupt") }

    /// 120 columns, then 50 (SIGWINCH), then 80 mid-line: tables fit, borders intact.
    func testTablesFitTheWindowAfterAResize() throws { try scenario("resize") }

    /// Input that ends mid-line, piped and by closing the terminal: no hang, history intact.
    func testInputClosedMidLine() throws { try scenario("closed-input") }

    /// Two shells on two terminals, one history file: every entry of both, whole.
    func testTwoShellsShareTheHistoryFile() throws { try scenario("two-shells") }

    /// A corrupt history file, a read-only history folder, a folder for a file: one warning each.
    func testBadHistoryFilesWarnOnce() throws { try scenario("bad-history") }

    /// A megabyte of garbage on standard input: exit 1 with a positioned diagnostic, quickly.
    func testGarbageOnStandardInput() throws { try scenario("garbage") }

    // MARK: - The same two fixes, without a terminal

    /// A stop request between statements ends a long script at once: statements are split
    /// off one at a time, not all before the first runs (which took time and memory growing
    /// with the square of the script's length, and could not be interrupted).
    func testALongScriptStopsWithoutSplittingTheRest() {
        let session = Session(graph: ExamplePlans.graph)
        var outputs = 0
        session.shouldStop = { outputs > 0 }
        let batch = Batch(session: session, writeOutput: { _ in outputs += 1 }, writeError: { XCTFail($0) })
        let script = SourceFile(name: "long.pq", text: String(repeating: "count activities of zzl\n", count: 10_000))
        let started = Date()
        XCTAssertEqual(batch.run([script], asScripts: true), .success)
        XCTAssertEqual(outputs, 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "the script was split whole before it ran")
    }

    /// An open string followed by thousands of lines is reported where it opens, without
    /// re-parsing an ever longer statement at every line.
    func testAnUnterminatedStringBeforeThousandsOfLinesIsReportedQuickly() {
        let session = Session(graph: ExamplePlans.graph)
        var errors = ""
        let batch = Batch(session: session, writeOutput: { XCTFail("output: \($0)") }, writeError: { errors += $0 + "\n" })
        let script = SourceFile(name: "open.pq", text: "goals of elz where title ~ \"abc\n"
                                    + String(repeating: "lorem ipsum dolor sit amet\n", count: 6_000))
        let started = Date()
        XCTAssertEqual(batch.run([script], asScripts: true), .queryError)
        XCTAssertTrue(errors.hasPrefix("open.pq:1:28: error: incomplete statement: unterminated string"), errors)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "each line re-parsed the whole statement")
    }

    // MARK: - Running the script

    /// The script bounds each of its waits; this is the backstop should it hang all the same.
    static let backstop: TimeInterval = 600

    func scenario(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard try run(["python3", "-c", ""]).status == 0 else { throw XCTSkip("python3 is not installed") }
        guard let planq = PtyTests.planq else {
            return XCTFail("no planq executable beside \(Bundle.main.bundleURL.path)", file: file, line: line)
        }
        let script = ExamplePlans.repository.appendingPathComponent("Tests/ShellTests/Terminal/stress_session.py")
        let plans = ExamplePlans.repository.appendingPathComponent("Examples/plans")
        let result = try run(["python3", script.path, planq.path, plans.path, name])
        XCTAssertEqual(result.status, 0, result.errors, file: file, line: line)
        XCTAssertEqual(result.output, "stress \(name): ok\n", file: file, line: line)
    }

    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try ScriptProcess.run(arguments, backstop: Self.backstop)
    }
}
