import Foundation
import XCTest

/// planq holds its standard output back and writes it in large pieces; what it writes must
/// still come out in the order it was made: answers before the error that follows them, in a
/// terminal or in one file (`2>&1`), however much output is held, and `.output` files apart.
final class OutputOrderTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("planq-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    /// Runs planq on `script` (a file) with standard error into standard output.
    func runMerged(_ script: String, arguments: String = "") throws -> PlanqProcess.Result {
        let file = temp.appendingPathComponent("s.pq")
        try script.write(to: file, atomically: true, encoding: .utf8)
        return try PlanqProcess.runShell("cd '\(temp.path)' && \"$PLANQ\" --format csv \(arguments) -f s.pq 2>&1")
    }

    func testAnErrorBetweenAnswersComesBetweenThem() throws {
        let r = try runMerged("count goals of elz\ncount gaols\ncount goals of zzl\n", arguments: "--keep-going")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, """
            count\r
            11\r
            s.pq:2:7: error: unknown kind 'gaols' — did you mean 'goals'?
              count gaols
                    ^~~~~
                    goals
            count\r
            8\r

            """)
    }

    /// More output than the buffer holds, then an error, then an answer.
    func testAnErrorAfterMuchOutputComesAfterAllOfIt() throws {
        let many = String(repeating: "activities\n", count: 60)
        let r = try runMerged(many + "count gaols\ncount goals of zzl\n", arguments: "--keep-going")
        XCTAssertEqual(r.status, 1)
        let table = try PlanqProcess.run(["--format", "csv", "-e", "activities"]).stdout
        XCTAssertGreaterThan(table.utf8.count * 60, 1 << 16, "the answers are more than the buffer holds")
        XCTAssertTrue(r.stdout.hasPrefix(String(repeating: table, count: 60) + "s.pq:61:7: error: unknown kind 'gaols'"), String(r.stdout.suffix(300)))
        XCTAssertTrue(r.stdout.hasSuffix("goals\ncount\r\n8\r\n"), String(r.stdout.suffix(300)))
    }

    /// `.output FILE` takes the answers between it and `.output`; standard output the others,
    /// in order with the errors.
    func testAnOutputFileAndStandardOutputEachGetTheirAnswers() throws {
        let r = try runMerged("count goals of elz\n.output f.csv\ncount goals of zzl\ncount gaols\ncount actors of elz\n.output\ncount gaols\ncount themes\n",
                              arguments: "--keep-going")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, """
            count\r
            11\r
            s.pq:4:7: error: unknown kind 'gaols' — did you mean 'goals'?
              count gaols
                    ^~~~~
                    goals
            s.pq:7:7: error: unknown kind 'gaols' — did you mean 'goals'?
              count gaols
                    ^~~~~
                    goals
            count\r
            15\r

            """)
        let file = try String(contentsOf: temp.appendingPathComponent("f.csv"), encoding: .utf8)
        let actors = try PlanqProcess.run(["--format", "csv", "-e", "count actors of elz"]).stdout
        XCTAssertEqual(file, "count\r\n8\r\n" + actors)
    }
}
