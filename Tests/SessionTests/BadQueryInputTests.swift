import Diagnostics
import Foundation
import PlanFiles
import Session
import XCTest

/// The bad-input corpus for queries: each case ends in one positioned diagnostic, exactly.
/// (Plan-file cases live in PlanFilesTests/Fixtures/bad; byte-level script cases in CLITests.)
final class BadQueryInputTests: XCTestCase {
    static let graph = { () -> PlanGraphBox in
        guard case .success(let loaded) = PlanLoader.load(paths: [GoldenScriptTests.examples.path]) else {
            fatalError("example plans do not load")
        }
        return PlanGraphBox(loaded)
    }()

    /// Runs a script with --keep-going; returns the error summaries (first line of each).
    func errors(_ text: String) -> [String] {
        var errors: [String] = []
        let batch = Batch(session: Session(graph: Self.graph.loaded.graph), writeOutput: { _ in },
                          writeError: { errors.append(String($0.prefix { $0 != "\n" })) })
        batch.keepGoing = true
        _ = batch.run([SourceFile(name: "bad.pq", text: text)], asScripts: true)
        return errors
    }

    func testTruncatedAndGarbledQueries() {
        let table: [(String, String)] = [
            ("activities of", "bad.pq:1:14: error: incomplete statement: expected a plan, goal, activity or actor after 'of', found end of input"),
            ("activities where (title ~ \"x\"", "bad.pq:1:30: error: incomplete statement: expected ')' after '\"x\"', found end of input"),
            ("activities with \"UZ Leuven", "bad.pq:1:17: error: incomplete statement: unterminated string"),
            ("count count count", "bad.pq:1:7: error: expected a kind (activities, goals, actors, …) or a query name after 'count', found 'count'"),
            (")))(((", "bad.pq:1:1: error: expected a kind (activities, goals, actors, …) or a query name, found ')'"),
            ("activities in Q1 2024", "bad.pq:1:15: error: expected a period after 'in', found 'Q1'"),
            ("activities where title ~~ \"x\"", "bad.pq:1:24: error: unknown operator '~~'"),
        ]
        for (query, expected) in table {
            XCTAssertEqual(errors(query), [expected], query)
        }
    }

    func testUnknownNamesAreSuggested() {
        let table: [(String, String)] = [
            ("activities for SD9", "bad.pq:1:16: error: unknown goal 'SD9' — did you mean SD8 or SD7?"),
            ("activities of zzz", "bad.pq:1:15: error: unknown plan, goal, activity or actor 'zzz' — did you mean zzl or elz?"),
            ("activities with partner \"Stad Leuvn\"", "bad.pq:1:25: error: unknown actor 'Stad Leuvn' — did you mean 'Stad Leuven'?"),
            ("activities contributing to Equty", "bad.pq:1:28: error: unknown theme 'Equty' — did you mean 'Equity'?"),
            ("activities order by strat", "bad.pq:1:21: error: unknown field 'strat' for activities — did you mean 'start'?"),
            ("describe zzl.SD99", "bad.pq:1:10: error: unknown node 'zzl.SD99' — did you mean zzl.SD1 or zzl.SD2?"),
        ]
        for (query, expected) in table {
            XCTAssertEqual(errors(query), [expected], query)
        }
    }

    func testTenThousandNestedParenthesesStopAtTheLimit() {
        let text = "activities where " + String(repeating: "(", count: 10_000) + "title ~ \"x\"" + String(repeating: ")", count: 10_000)
        XCTAssertEqual(errors(text), ["bad.pq:1:274: error: too deeply nested (limit 256)"])
    }

    func testAOneMegabyteQueryLineRunsAndAnswers() {
        let needle = String(repeating: "x", count: 1_000_000)
        var out = ""
        let batch = Batch(session: Session(graph: Self.graph.loaded.graph, format: .csv), writeOutput: { out += $0 },
                          writeError: { XCTFail($0) })
        let status = batch.run([SourceFile(name: "big.pq", text: "count activities where title ~ \"\(needle)\"")], asScripts: true)
        XCTAssertEqual(status, .success)
        XCTAssertEqual(out, "count\r\n0\r\n")
    }

    func testAOneMegabyteGarbageLineFailsWithOneDiagnostic() {
        let garbage = String(repeating: "§%& ", count: 250_000)
        let found = errors(garbage)
        XCTAssertEqual(found.first, "bad.pq:1:1: error: unexpected character '§'")
        XCTAssertLessThanOrEqual(found.count, 20)
    }

    func testControlCharactersAreReportedNotPrintedRaw() {
        XCTAssertEqual(errors("activities \u{1B}[31m of elz"), ["bad.pq:1:12: error: unexpected character U+001B"])
    }
}

/// Holds the loaded example plans for the tests of this file.
struct PlanGraphBox: @unchecked Sendable {
    let loaded: LoadedPlans
    init(_ loaded: LoadedPlans) { self.loaded = loaded }
}
