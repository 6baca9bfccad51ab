import Diagnostics
import Foundation
import PlanFiles
import XCTest

/// Each folder under Fixtures/bad is a broken plan set with the exact diagnostics it must
/// produce in `expected.txt`. Re-record on purpose with `PLANQ_RECORD=1 swift test`.
final class BadPlanFileTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bad")

    func testEveryBadFixtureFailsWithItsExpectedDiagnostics() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 12)
        for name in cases {
            let folder = Self.fixtures.appendingPathComponent(name)
            let result = PlanLoader.load(paths: [folder.path])
            guard case .failure(let problems) = result else {
                XCTFail("\(name): loaded without errors")
                continue
            }
            let actual = problems.diagnostics.map { $0.summary.replacingOccurrences(of: folder.path + "/", with: "") }
                .joined(separator: "\n") + "\n"
            let expectedFile = folder.appendingPathComponent("expected.txt")
            if ProcessInfo.processInfo.environment["PLANQ_RECORD"] == "1" {
                try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedFile, encoding: .utf8)
            XCTAssertEqual(actual, expected, "fixture \(name)")
        }
    }
}
