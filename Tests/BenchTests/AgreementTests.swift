import Foundation
import PlanBench
import PlanFiles
import PlanModel
import PlanSnapshot
import XCTest

/// planq and SQLite must give the same answer to every reference query: on a small generated
/// plan set (written as plan files and loaded as a user would), and on the example plans.
final class AgreementTests: XCTestCase {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/plans")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planq-bench-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testPlanqAndSQLiteAgreeOnEveryReferenceQueryOfAGeneratedSet() throws {
        let set = PlanSetGenerator(activities: 3_000, seed: 42).makeSet()
        let folder = try temporaryFolder()
        try YAMLPlanWriter(folder: folder).write(set)
        // Read from the plan files once, then from the snapshot that reading wrote: every
        // answer below comes from the mapped snapshot.
        let cache = try temporaryFolder().path
        _ = try PlanSnapshot.load(paths: [folder.path], cacheFolder: cache).result.get()
        let (result, source) = PlanSnapshot.load(paths: [folder.path], cacheFolder: cache)
        XCTAssertEqual(source, .snapshot)
        let loaded = try result.get()
        XCTAssertEqual(loaded.graph.nodes(of: .activity).count, 3_000)
        XCTAssertEqual(loaded.graph.plans.count, set.plans.count)
        let db = try SQLiteDatabase(path: ":memory:")
        try SQLitePlanWriter.write(set, to: db)
        let planq = PlanqAnswers(graph: loaded.graph)
        for query in ReferenceQueries.generated() {
            let mine = try planq.rows(query.planq)
            for (form, sql) in query.sqlForms {
                let theirs = try SQLAnswers(sql, in: db).rows()
                XCTAssertNil(Agreement.difference(planq: mine, sql: theirs, ordered: query.ordered), "\(query.name), \(form) SQL")
            }
            // Agreeing on nothing proves little: every query but the no-match one has rows here.
            XCTAssertEqual(mine.isEmpty, query.name == "no match", "\(query.name): \(mine.count) rows")
        }
        // The forms issue 11 names as better SQL are there, to be timed beside the naive ones.
        XCTAssertEqual(ReferenceQueries.generated().filter { $0.expertSQL != nil }.map(\.name),
                       ["design card", "text search", "count by quarter", "ordered, limited"])
    }

    func testPlanqAndSQLiteAgreeOnTheExamplePlans() throws {
        let loaded = try PlanLoader.load(paths: [Self.examples.path]).get()
        let db = try SQLiteDatabase(path: ":memory:")
        try SQLitePlanWriter.write(PlanSet(graph: loaded.graph), to: db)
        let planq = PlanqAnswers(graph: loaded.graph)
        for query in ReferenceQueries.examples {
            let mine = try planq.rows(query.planq)
            XCTAssertFalse(mine.isEmpty, "\(query.name) has no rows on the example plans")
            for (form, sql) in query.sqlForms {
                let theirs = try SQLAnswers(sql, in: db).rows()
                XCTAssertNil(Agreement.difference(planq: mine, sql: theirs, ordered: query.ordered), "\(query.name), \(form) SQL")
            }
        }
    }

    func testTheCheckNoticesAMissingRowAWrongCountAndTheOrder() {
        XCTAssertNil(Agreement.difference(planq: ["a", "b"], sql: ["b", "a"], ordered: false))
        XCTAssertNotNil(Agreement.difference(planq: ["a", "b"], sql: ["b", "a"], ordered: true))
        XCTAssertNotNil(Agreement.difference(planq: ["a", "b"], sql: ["a"], ordered: false))
        XCTAssertNotNil(Agreement.difference(planq: ["2024 Q1\t3"], sql: ["2024 Q1\t4"], ordered: true))
    }

    func testTheGeneratorIsDeterministic() throws {
        let a = try temporaryFolder(), b = try temporaryFolder()
        try YAMLPlanWriter(folder: a).write(PlanSetGenerator(activities: 500, seed: 9).makeSet())
        try YAMLPlanWriter(folder: b).write(PlanSetGenerator(activities: 500, seed: 9).makeSet())
        let files = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
        XCTAssertEqual(files, try FileManager.default.contentsOfDirectory(atPath: b.path).sorted())
        for name in files {
            XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent(name)), try Data(contentsOf: b.appendingPathComponent(name)), name)
        }
    }
}

/// planq's CSV is read back as the rows the SQL side gives: ids of a list, `group<TAB>count`.
final class CSVAnswerTests: XCTestCase {
    func testAListGivesItsIdsAndACountItsGroupsAndCounts() {
        XCTAssertEqual(Agreement.rows(csv: "id,kind,plan,title\r\nelz.A2.2,activity,elz,\"Opzetten, proeftuin\"\r\n"), ["elz.A2.2"])
        XCTAssertEqual(Agreement.rows(csv: "group,count\r\nzzl.SD1,6\r\nzzl.SD2,7\r\n"), ["zzl.SD1\t6", "zzl.SD2\t7"])
        XCTAssertEqual(Agreement.rows(csv: "id,kind,plan,title\r\n"), [])
        XCTAssertEqual(Agreement.rows(csv: ""), [])
    }
}
