import Foundation
import XCTest

/// Drives the built planq on a pseudo-terminal with Terminal/pty_session.py: Tab, a query,
/// Ctrl-C, Ctrl-R, Ctrl-D, and Up in a second session (see the script for the steps).
final class PtyTests: XCTestCase {
    /// The planq SwiftPM built beside this test bundle (ShellTests depends on it).
    static var planq: URL? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("planq")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    func testTypingAtTheTerminal() throws {
        guard try run(["python3", "-c", ""]).status == 0 else { throw XCTSkip("python3 is not installed") }
        guard let planq = Self.planq else {
            return XCTFail("no planq executable beside \(Bundle.main.bundleURL.path)")
        }
        let script = ExamplePlans.repository.appendingPathComponent("Tests/ShellTests/Terminal/pty_session.py")
        let plans = ExamplePlans.repository.appendingPathComponent("Examples/plans")
        let result = try run(["python3", script.path, planq.path, plans.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "pty session: ok\n")
    }

    /// The script bounds each of its waits; this is the backstop should it hang all the same.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try ScriptProcess.run(arguments, backstop: 600)
    }
}
