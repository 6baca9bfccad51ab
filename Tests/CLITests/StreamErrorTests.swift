import Foundation
import XCTest

/// Closed or full standard streams end planq with exit 74 and one line on standard error
/// (where it is open), never a crash (issue 15). Run through /bin/sh for its redirections.
final class StreamErrorTests: XCTestCase {
    struct Case {
        let redirection: String
        let arguments: String
        let stderr: String?     // nil: standard error is closed
    }

    static let cases = [
        Case(redirection: ">&-", arguments: "-e 'count goals'", stderr: "error: cannot write standard output: Bad file descriptor\n"),
        Case(redirection: "> /dev/full", arguments: "-e 'count goals'", stderr: "error: cannot write standard output: No space left on device\n"),
        Case(redirection: "2>&-", arguments: "-e nosuch", stderr: nil),
        Case(redirection: "<&-", arguments: "", stderr: "error: cannot read standard input: Bad file descriptor\n"),
        Case(redirection: "--check >&-", arguments: "", stderr: "error: cannot write standard output: Bad file descriptor\n"),
        // Output held back and written at exit: the failure is still found, and said once.
        Case(redirection: "> /dev/full", arguments: "--help", stderr: "error: cannot write standard output: No space left on device\n"),
        Case(redirection: ">&-", arguments: "--completion-script fish", stderr: "error: cannot write standard output: Bad file descriptor\n"),
        Case(redirection: "> /dev/full", arguments: "-e 'activities' -e 'count goals'", stderr: "error: cannot write standard output: No space left on device\n"),
    ]

    func testClosedOrFullStreamsExit74WithOneLine() throws {
        let binary = try PlanqProcess.binary.path
        for c in Self.cases {
            let command = "'\(binary)' \(c.arguments) \(c.redirection)"
                + (c.stderr == nil ? "; echo \"status $?\" >&3" : "; echo \"status $?\" >&2")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", c.stderr == nil ? "exec 3>&2; " + command : command]
            process.currentDirectoryURL = PlanqProcess.repo
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(text, (c.stderr ?? "") + "status 74\n", c.redirection)
        }
    }
}
