import Foundation
import PlanBench
import PlanFiles
import XCTest

/// A generated plan set (the benchmark's data) is read by the fast reader throughout, to
/// the graph Yams reads from it (the other equivalence tests are in PlanFilesTests).
final class GeneratedSetReadingTests: XCTestCase {
    func testAGeneratedPlanSetReadsTheSameWithoutYams() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-generated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try YAMLPlanWriter(folder: folder).write(PlanSetGenerator(activities: 2_000, seed: 5).makeSet())
        let inputs = PlanFileReader.expand([folder.path]).files.map(PlanInput.path)
        let fast = PlanLoader.load(inputs)
        XCTAssertEqual(try fast.get().generalReaderNotes.count, 0)
        XCTAssertNil(LoadComparison.firstDifference(LoadComparison.text(fast),
                                                    LoadComparison.text(PlanLoader.load(inputs, reader: .general))))
    }
}
