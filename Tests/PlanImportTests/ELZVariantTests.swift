import Foundation
@testable import PlanImport
import XCTest

/// Generated ELZ action plans (other zones and years, more or fewer goals and actions, roles,
/// checkboxes, missing end dates, dashes, split headings, page breaks in random places, NBSP,
/// CRLF, quotes and ampersands) import back to the plan they were written from.
final class ELZVariantTests: XCTestCase {
    func testGeneratedActionPlansImportBack() throws {
        var splits = 0, crlf = 0, splitHeadings = 0
        for seed in UInt64(1)...24 {
            var writer = ELZTemplateWriter(seed: seed)
            let expected = writer.plan()
            let text = writer.document(expected)
            splits += writer.splitCells
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
            XCTAssertEqual(plan.goals.map(Self.goal), expected.goals.map(Self.goal), "seed \(seed)")
            XCTAssertEqual(plan.activities.count, expected.activities.count, "seed \(seed)")
            for (got, want) in zip(plan.activities, expected.activities) {
                XCTAssertEqual(Self.activity(got), Self.activity(want), "seed \(seed) \(want.id)")
            }
            let joins = result.warnings.filter { $0.message.contains("cell continues across a page break") }
            XCTAssertGreaterThanOrEqual(joins.count, writer.splitCells, "seed \(seed): every cell cut by a page break is warned about")
            splitHeadings += result.warnings.filter { $0.message.hasPrefix("heading split over lines") }.count
            _ = try ImportHarness.load(plan)
        }
        // The variations were really made.
        XCTAssertGreaterThan(splits, 0)
        XCTAssertGreaterThan(crlf, 0)
        XCTAssertGreaterThan(splitHeadings, 0)
    }

    static func goal(_ g: ImportedPlan.Goal) -> String {
        "\(g.id) \(g.level) parent=\(g.parent ?? "-") deadline=\(g.deadline ?? "-") \(g.text)"
    }

    static func activity(_ a: ImportedPlan.Activity) -> [String] {
        var out = ["\(a.id) goal=\(a.goal ?? "-") \(a.title)", "start=\(a.start ?? "-") end=\(a.end ?? "-")"]
        out += [a.description, a.why, a.linksText, a.partnersText, a.ownRoleText].map { $0 ?? "-" }
        out += a.targetGroups + ["|"] + a.willDo + ["|"] + a.willNotDo + ["|"] + a.steps + ["|"] + a.channels
        for role in ["lead", "responsible", "facilitator", "supporter"] {
            out.append("\(role): " + (a.roles[role] ?? []).map(\.actor).joined(separator: ","))
        }
        out += a.indicators.map { "\($0.id) \($0.kind) \($0.text)" }
        return out
    }
}

extension ELZVariantTests {
    /// Writes one generated document to $PLANQ_DUMP_VARIANT (a seed) for a look by hand.
    func testDumpVariant() throws {
        guard let seed = ProcessInfo.processInfo.environment["PLANQ_DUMP_VARIANT"].flatMap(UInt64.init) else { return }
        var writer = ELZTemplateWriter(seed: seed)
        let text = writer.document(writer.plan())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("planq-variant-\(seed).txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        print("wrote \(file.path)")
    }
}
