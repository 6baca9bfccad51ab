import Foundation
import XCTest
@testable import Shell

/// The history file is read with a size limit and only when it is a regular file, so a huge
/// or hostile history cannot stall or exhaust the shell at start (issue 15).
final class HistoryLimitTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-history-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testOnlyTheEndOfALargeFileIsReadAndNoEntryIsTorn() throws {
        let path = folder.appendingPathComponent("history").path
        let text = (1...1000).map { "count goals \($0)" }.joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var warnings: [String] = []
        // The last 100 bytes start inside an entry; that torn entry is dropped.
        let entries = HistoryFile(path: path, warn: { warnings.append($0) }).load(maxBytes: 100)
        XCTAssertEqual(entries, (995...1000).map { "count goals \($0)" })
        XCTAssertEqual(warnings, [])
    }

    func testAFIFOIsNotReadAndDoesNotBlock() throws {
        let path = folder.appendingPathComponent("history").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        var warnings: [String] = []
        XCTAssertEqual(HistoryFile(path: path, warn: { warnings.append($0) }).load(), [])
        XCTAssertEqual(warnings, ["planq: cannot read \(path): not a regular file"])
    }
}
