import Diagnostics
import Foundation
import PlanFiles
import PlanModel
import Session
import XCTest

/// Plan text cannot reach the analyst's terminal, deep or long plans are drawn in bounded
/// work and say what they leave out, and year 1 is written as plan files write it (issue 15).
final class HostilePlanTests: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    func output(_ statements: String, plans: String = fixture.path, terminal: Bool = true,
                format: String = "table") throws -> String {
        guard case .success(let loaded) = PlanLoader.load(paths: [plans]) else { throw XCTSkip("fixture does not load") }
        let session = Session(graph: loaded.graph)
        session.terminalOutput = terminal
        var text = ""
        let batch = Batch(session: session, writeOutput: { text += $0 }, writeError: { text += "error: " + $0 })
        XCTAssertEqual(batch.run([SourceFile(name: "t.pq", text: ".format \(format)\n" + statements)], asScripts: true), .success, text)
        return text
    }

    func testTreeTimelineAndTerminalCSVEscapeControlCharacters() throws {
        let tree = try output("tree G1\n")
        XCTAssertEqual(tree, """
            G1  Clear \\u{1B}[2J screen
            └─ A1  Ring \\u{07} bell  [lead: Lead \\u{1B}]0;owned\\u{07} Org]  (0001-01-01..9999-12-31)

            """)
        let timeline = try output("timeline activities\n")
        XCTAssertTrue(timeline.contains("h.A1 Ring \\u{07} bell "), timeline)
        let csv = try output("activities show lead\n", format: "csv")
        XCTAssertEqual(csv, "id,kind,plan,title,lead\r\nh.A1,activity,h,Ring \\u{07} bell,Lead \\u{1B}]0;owned\\u{07} Org\r\n")
        for text in [tree, timeline, csv] {
            XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" }, text)
        }
    }

    func testCSVNotForATerminalKeepsTheTextAsItIs() throws {
        let csv = try output("activities show lead\n", terminal: false, format: "csv")
        XCTAssertEqual(csv, "id,kind,plan,title,lead\r\nh.A1,activity,h,Ring \u{07} bell,Lead \u{1B}]0;owned\u{07} Org\r\n")
    }

    func testATimelineOverTenThousandYearsSaysWhereItIsCut() throws {
        let timeline = try output("timeline activities\n")
        XCTAssertTrue(timeline.hasSuffix("(cut: the chart ends at 0100-12-31; the periods run to 9999-12-31. Select fewer or nearer nodes.)\n"), timeline)
    }

    func testYearOneIsWrittenInFourDigits() throws {
        XCTAssertEqual(try output("events show date\n", format: "csv"), "id,kind,plan,title,date\r\nh.E1,event,h,Year one,0001-01-01\r\n")
        XCTAssertEqual(Period.year(1)?.description, "0001")
        XCTAssertEqual(Period.halves(12, 1, 1)?.description, "0012 H1")
    }

    /// A goal chain deeper than the tree draws: the tree stops there and says how much is below.
    func testADeepGoalChainTreeIsCutWithACount() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-deep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var yaml = "plan: {id: d, title: Deep, period: \"2024\"}\ngoals:\n  - {id: G0, level: strategic, text: Top}\n"
        for i in 1..<1000 { yaml += "  - {id: G\(i), level: operational, text: Level \(i), parent: G\(i - 1)}\n" }
        try yaml.write(to: folder.appendingPathComponent("deep.yaml"), atomically: true, encoding: .utf8)
        // Periods inherited down the chain, and subtree queries on it, answer as on a shallow
        // plan (both used to walk the chain once per goal).
        XCTAssertEqual(try output("count goals for G0\ncount goals for G998\ngoals for G998 show period\n", plans: folder.path, format: "csv"),
                       "count\r\n999\r\ncount\r\n1\r\nid,kind,plan,title,period\r\nd.G999,goal,d,Level 999,2024\r\n")
        let lines = try output("tree G0\n", plans: folder.path).split(separator: "\n")
        XCTAssertEqual(lines.count, 66)
        XCTAssertEqual(lines.last?.trimmingCharacters(in: .whitespaces),
                       "└─ … 935 more below (tree draws 64 levels; run tree G64 to see them)")
    }
}
