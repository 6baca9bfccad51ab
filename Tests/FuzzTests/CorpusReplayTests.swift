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

    static let actors = FuzzActors.input()

    func testPlanCorpusReplays() throws {
        let corpus = try inputs("plan")
        XCTAssertGreaterThan(corpus.count, 10)
        for input in corpus { PlanFuzzTarget.run(input, beside: Self.actors) }
    }

    /// The differential target's seeds are the plan target's: on each the fast reader and
    /// Yams must agree.
    func testDifferentialCorpusReplays() throws {
        let corpus = try inputs("plan")
        var compared = 0
        for (i, input) in corpus.enumerated() {
            XCTAssertNil(ReaderDifferenceTarget.difference(input, beside: Self.actors), "input \(i)")
            if PlanLoader.fastReaderReads(.bytes(name: "fuzz.yaml", input)) { compared += 1 }
        }
        // The seeds the fast reader reads (and so are compared): the demo plan, the subset's
        // constructs, and the bad fixtures' kind of input that is well-formed YAML.
        XCTAssertGreaterThanOrEqual(compared, 2)
    }

    /// The file-set target's seeds (sets of files, good and bad, with nested plan ids): on
    /// each, loading on reader threads and on one thread must agree.
    func testFileSetCorpusReplays() throws {
        let corpus = try inputs("files")
        XCTAssertGreaterThanOrEqual(corpus.count, 3)
        for (i, input) in corpus.enumerated() {
            XCTAssertGreaterThan(FileSetTarget.files(input).count, 1, "input \(i) is a set of files")
            XCTAssertNil(FileSetTarget.difference(input, beside: Self.actors), "input \(i)")
        }
    }

    /// The import target's seeds (parts of the two source documents, each a template's
    /// headings and a goal or two) and its findings: each is refused with a placed error, or
    /// its plan loads beside the actors; the seeds import.
    func testImportCorpusReplays() throws {
        let dir = Self.repo.appendingPathComponent("Tests/FuzzCorpus/import")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let actors = ImportFuzzTarget.Actors.examples()
        var imported = 0
        for name in names {
            let input = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            switch ImportFuzzTarget.outcome(input, actors: actors) {
            case .imported: imported += 1
            case .refused: XCTAssertTrue(name.hasPrefix("crash-"), "\(name): a seed imports")
            case .wrong(let problem): XCTFail("\(name): \(problem)")
            }
        }
        XCTAssertGreaterThanOrEqual(imported, 3)
    }
}
