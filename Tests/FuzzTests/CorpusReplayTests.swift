import Foundation
import FuzzTargets
import PlanFiles
import XCTest

/// Replays the fuzz seed corpus (and every crash found, kept there as a regression input)
/// through the same entry points libFuzzer drives: each input must return.
final class CorpusReplayTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func inputs(_ target: String) throws -> [[UInt8]] {
        let dir = Self.repo.appendingPathComponent("Tests/FuzzCorpus/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
            [UInt8](try Data(contentsOf: dir.appendingPathComponent($0)))
        }
    }

    func testQueryCorpusReplays() throws {
        let graph = FuzzPlans.load(from: Self.repo.appendingPathComponent("Examples/plans").path)
        let corpus = try inputs("query")
        XCTAssertGreaterThan(corpus.count, 100)
        for input in corpus { QueryFuzzTarget.run(input, graph: graph) }
    }

    func testPlanCorpusReplays() throws {
        let corpus = try inputs("plan")
        XCTAssertGreaterThan(corpus.count, 10)
        for input in corpus { PlanFuzzTarget.run(input) }
    }
}
