import Foundation
@testable import PlanFiles
import XCTest

/// Grammar/plan-format.md documents every field the loader accepts: each key of the
/// loader's schema appears in the document as `key:`.
final class FormatDocumentTests: XCTestCase {
    func testEveryAcceptedFieldIsDocumented() throws {
        let doc = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Grammar/plan-format.md"),
            encoding: .utf8)
        let schemas = [Schema.topLevel, Schema.plan, Schema.actor, Schema.theme, Schema.goal, Schema.activity,
                       Schema.indicator, Schema.workPackage, Schema.event, Schema.achievement, Schema.coreFunction,
                       Schema.successFactor, Schema.staff, Schema.sourceKeys, Schema.versionKeys]
        var undocumented: [String] = []
        for key in Set(schemas.flatMap { $0 }).sorted() where !doc.contains("\(key):") {
            undocumented.append(key)
        }
        XCTAssertEqual(undocumented, [])
    }
}
