@testable import PlanImport
import XCTest

/// Generated transition plans import back: goals, activities, contribution marks, categories.
final class TransitionVariantTests: XCTestCase {
    func testGeneratedTransitionPlansImportBack() throws {
        var splits = 0, crlf = 0
        for seed in UInt64(1)...24 {
            var writer = TransitionTemplateWriter(seed: seed)
            let expected = writer.plan()
            let text = writer.document(expected)
            splits += writer.splitTitles
            if text.contains("\r\n") { crlf += 1 }
            let result: ImportResult
            do { result = try ImportHarness.importText(text) } catch {
                XCTFail("seed \(seed): \(error)")
                continue
            }
            let plan = result.plan
            XCTAssertEqual(plan.id, expected.id, "seed \(seed)")
            XCTAssertEqual(plan.owner, expected.owner, "seed \(seed)")
            XCTAssertEqual(plan.period, expected.period, "seed \(seed)")
            XCTAssertEqual(plan.goals.map { "\($0.id) \($0.text)" }, expected.goals.map { "\($0.id) \($0.text)" }, "seed \(seed)")
            XCTAssertEqual(plan.activities.map(Self.row), expected.activities.map(Self.row), "seed \(seed)")
            let joins = result.warnings.filter { $0.message.contains("title of this row continues across a page break") }
            XCTAssertEqual(joins.count, writer.splitTitles, "seed \(seed)")
            XCTAssertEqual(plan.actors.filter { $0.kind == "group" }.count, 11, "seed \(seed)")
            _ = try ImportHarness.load(plan)
        }
        // The variations were really made.
        XCTAssertGreaterThan(splits, 0)
        XCTAssertGreaterThan(crlf, 0)
    }

    static func row(_ a: ImportedPlan.Activity) -> String {
        "\(a.id) \(a.goal ?? "-") \(a.title) | \(a.contributes.joined(separator: ",")) | "
            + (a.roles["involved"] ?? []).map(\.actor).sorted().joined(separator: ",")
    }
}
