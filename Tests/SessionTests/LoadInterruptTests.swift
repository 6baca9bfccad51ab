import Diagnostics
import Foundation
import PlanFiles
import Session
import XCTest

/// Ctrl-C during `.load` keeps the current plans, as any error does (issue 15).
final class LoadInterruptTests: XCTestCase {
    func testAnInterruptedLoadKeepsTheCurrentPlans() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile")
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/plans")
        guard case .success(let loaded) = PlanLoader.load(paths: [examples.path]) else { throw XCTSkip("example plans do not load") }
        let session = Session(graph: loaded.graph)
        var errors = ""
        let batch = Batch(session: session, writeOutput: { _ in }, writeError: { errors += $0 })
        let before = session.graph.count
        session.shouldStop = { true }       // Ctrl-C came while the files were read
        XCTAssertEqual(batch.runEntry(SourceFile(name: "<stdin>", text: ".load \(fixture.path)")), .queryError)
        XCTAssertEqual(session.graph.count, before)
        XCTAssertTrue(errors.contains("error: interrupted: plans not loaded, the current plans stay"), errors)
    }
}
