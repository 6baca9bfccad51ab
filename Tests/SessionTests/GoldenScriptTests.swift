import Diagnostics
import Foundation
import PlanFiles
import PlanModel
import PlanSnapshot
import Session
import XCTest

/// Golden scripts: each `Golden/NAME.pq` runs over the example plans as `planq -f` would
/// (with --keep-going), and its standard output, errors and exit status must equal
/// `Golden/NAME.out` exactly. Re-record on purpose with `PLANQ_RECORD=1 swift test`, then
/// read the diff against the seeds before committing it.
final class GoldenScriptTests: XCTestCase {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let examples = here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/plans")

    static func run(script path: URL, name: String, graph: PlanGraph? = nil) throws -> String {
        guard let graph = graph ?? (try? PlanLoader.load(paths: [examples.path]).get())?.graph else {
            throw XCTSkip("example plans do not load")
        }
        var transcript = ""
        let batch = Batch(session: Session(graph: graph),
                          writeOutput: { transcript += $0 },
                          writeError: { transcript += "stderr: " + $0.replacingOccurrences(of: "\n", with: "\nstderr: ") + "\n" })
        batch.keepGoing = true
        let text = try String(contentsOf: path, encoding: .utf8)
        let status = batch.run([SourceFile(name: name, text: text)], asScripts: true)
        return transcript + "exit: \(status.rawValue)\n"
    }

    func testGoldenScripts() throws {
        let folder = Self.here.appendingPathComponent("Golden")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pq") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 8)
        for script in scripts {
            let actual = try Self.run(script: folder.appendingPathComponent(script), name: script)
            let expectedURL = folder.appendingPathComponent(script.replacingOccurrences(of: ".pq", with: ".out"))
            if ProcessInfo.processInfo.environment["PLANQ_RECORD"] == "1" {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "(no .out file)"
            XCTAssertEqual(actual, expected, "golden script \(script) — re-record with PLANQ_RECORD=1 if the change is intended")
        }
    }

    /// Every golden script gives its recorded answer from a snapshot of the example plans too.
    func testGoldenScriptsAnswerTheSameFromASnapshot() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("planq-golden-cache-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: cache) }
        _ = try PlanSnapshot.load(paths: [Self.examples.path], cacheFolder: cache).result.get()
        let (result, source) = PlanSnapshot.load(paths: [Self.examples.path], cacheFolder: cache)
        XCTAssertEqual(source, .snapshot)
        let graph = try result.get().graph
        let folder = Self.here.appendingPathComponent("Golden")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pq") }.sorted()
        for script in scripts {
            let actual = try Self.run(script: folder.appendingPathComponent(script), name: script, graph: graph)
            let expected = try String(contentsOf: folder.appendingPathComponent(script.replacingOccurrences(of: ".pq", with: ".out")), encoding: .utf8)
            XCTAssertEqual(actual, expected, "golden script \(script) from the snapshot")
        }
    }
}
