import Diagnostics
import Foundation
import PlanFiles
import XCTest

/// The loader's documented limits: a file over 64 MiB is refused with a clear error instead
/// of being read whole.
final class FileLimitTests: XCTestCase {
    func testAHundredMegabyteFileIsRefusedAtTheLimit() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planq-big-\(UUID().uuidString).yaml")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1024 * 1024)    // sparse: cheap to make
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        guard case .failure(let problems) = PlanLoader.load(paths: [url.path]) else { return XCTFail("loaded") }
        XCTAssertEqual(problems.diagnostics.map(\.summary), ["error: \(url.path) is larger than the plan-file limit of 64 MiB"])
    }

    func testAMissingPathAndAnEmptyFolderAreErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .failure(let problems) = PlanLoader.load(paths: [folder.path, "/nonexistent/plans"]) else {
            return XCTFail("loaded")
        }
        XCTAssertEqual(problems.diagnostics.map(\.summary), [
            "\(folder.path): error: no plan files (*.yaml) in this folder",
            "/nonexistent/plans: error: no such file or folder",
        ])
    }
}
