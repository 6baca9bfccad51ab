import Diagnostics
import Foundation
@testable import PlanFiles
import XCTest

/// A file read once (`PlanInput.readOnce`) and given to many loads: each load must be the load
/// given the file itself — the graph, the warnings, or the diagnostics — whatever the other
/// files hold (actors named twice, unknown actors, problems positioned by reading again with
/// Yams, a file read on a reader thread), and a load must not change what the next one gets.
final class ReadPlanFileTests: XCTestCase {
    static let repo = ReaderEquivalenceTests.repo

    /// The fuzz actors file and a bad actors fixture, each beside the fuzz seeds and the
    /// bad fixtures' files.
    func testALoadGivenTheReadFileIsTheLoadGivenTheFile() throws {
        let actorFiles = ["Tests/FuzzCorpus/actors.yaml", "Tests/PlanFilesTests/Fixtures/bad/duplicate-alias/actors.yaml"]
        var others: [PlanInput] = []
        for folder in ["Tests/FuzzCorpus/plan", "Tests/PlanFilesTests/Fixtures/bad/duplicate-alias",
                       "Tests/PlanFilesTests/Fixtures/bad/unknown-actor", "Tests/PlanFilesTests/Fixtures/good"] {
            let url = Self.repo.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".yaml") {
                let bytes = try [UInt8](Data(contentsOf: url.appendingPathComponent(name)))
                others.append(.bytes(name: "\(folder)/\(name)", bytes))
            }
        }
        XCTAssertGreaterThan(others.count, 15)
        var failed = 0, loaded = 0
        for path in actorFiles {
            let bytes = try [UInt8](Data(contentsOf: Self.repo.appendingPathComponent(path)))
            let actors = PlanInput.bytes(name: path, bytes)
            let read = ReadPlanFile(name: path, bytes: bytes)
            for other in others {
                let expected = LoadComparison.text(PlanLoader.load([other, actors]))
                for round in 1...2 {
                    let text = LoadComparison.text(PlanLoader.load([other, .readOnce(read)]))
                    XCTAssertNil(LoadComparison.firstDifference(expected, text), "\(other.name) beside \(path), load \(round)")
                }
                let threads = LoadComparison.text(PlanLoader.load([.readOnce(read), other, .readOnce(read)], readers: 2))
                XCTAssertNil(LoadComparison.firstDifference(LoadComparison.text(PlanLoader.load([actors, other, actors], readers: 0)), threads),
                             "\(other.name) between two of \(path), on reader threads")
                if expected.hasPrefix("failed") { failed += 1 } else { loaded += 1 }
            }
        }
        XCTAssertGreaterThan(failed, 0)
        XCTAssertGreaterThan(loaded, 0)
    }
}
