import Foundation
import XCTest
@testable import Shell

final class HistoryFileTests: XCTestCase {
    var folder: URL!
    var warnings: [String] = []

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        warnings = []
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func history(_ path: String) -> HistoryFile {
        HistoryFile(path: path, warn: { [unowned self] in self.warnings.append($0) })
    }

    func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    // MARK: - Format

    func testEntriesRoundTripOneLineEach() throws {
        let path = folder.appendingPathComponent("state/planq/history").path
        let entries = ["goals of zzl", "goals of\nelz where id = SD2", "title ~ \"a\\b\"", "literal \\n stays",
                       "ends with \\", "cr\r\nlf", "Geïntegreerd Breed Onthaal"]
        let file = history(path)
        for entry in entries { XCTAssertTrue(file.append(entry)) }
        XCTAssertEqual(try lines(path), ["goals of zzl", "goals of\\nelz where id = SD2", "title ~ \"a\\\\b\"",
                                         "literal \\\\n stays", "ends with \\\\", "cr\\r\\nlf", "Geïntegreerd Breed Onthaal"])
        XCTAssertEqual(history(path).load(), entries)
        XCTAssertEqual(warnings, [])
    }

    func testLoadKeepsTheLastEntries() {
        let path = folder.appendingPathComponent("history").path
        let file = history(path)
        for i in 1...30 { file.append("entry \(i)") }
        XCTAssertEqual(history(path).load(limit: 10), (21...30).map { "entry \($0)" })
        XCTAssertEqual(history(folder.appendingPathComponent("absent").path).load(), [])
        XCTAssertEqual(warnings, [], "an absent file is no problem")
    }

    func testFoldersAreCreatedPrivate() throws {
        let path = folder.appendingPathComponent("a/b/planq/history").path
        XCTAssertTrue(history(path).append("plans"))
        for sub in ["a", "a/b", "a/b/planq"] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(sub).path)[.posixPermissions]
            XCTAssertEqual(mode as? Int, 0o700, sub)
        }
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
        XCTAssertEqual(fileMode as? Int, 0o600)
    }

    func testDefaultPath() {
        XCTAssertEqual(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]), "/s/planq/history")
        XCTAssertEqual(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "", "HOME": "/h"]),
                       "/h/.local/state/planq/history")
        XCTAssertEqual(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]),
                       "/h/.local/state/planq/history", "a relative XDG_STATE_HOME is ignored")
        XCTAssertNil(HistoryFile.defaultPath(environment: [:]))
    }

    // MARK: - Problems

    func testUnwritablePathWarnsOnceAndGoesOn() throws {
        // A regular file where a folder should be: no folder can be made, whoever runs the test.
        let blocker = folder.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let file = history(blocker.appendingPathComponent("planq/history").path)
        XCTAssertFalse(file.append("plans"))
        XCTAssertFalse(file.append("goals"))
        XCTAssertEqual(file.load(), [])
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        XCTAssertTrue(warnings[0].hasPrefix("planq: history is not saved: cannot create"), warnings[0])
    }

    func testCorruptLinesAreSkippedWithOneWarning() throws {
        let path = folder.appendingPathComponent("history").path
        var bytes = Array("good one\n".utf8)
        bytes += [0xFF, 0xFE, 0x0A]                       // not UTF-8
        bytes += Array("bad \\q escape\n".utf8)
        bytes += Array("nul".utf8) + [0, 0x0A]
        bytes += Array("dangling \\".utf8) + [0x0A]
        bytes += Array("good\\ntwo\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(history(path).load(), ["good one", "good\ntwo"])
        XCTAssertEqual(warnings, ["planq: \(path): skipped 4 unreadable lines"])
    }

    func testAFolderInsteadOfAFileWarns() throws {
        let path = folder.appendingPathComponent("history").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let file = history(path)
        XCTAssertEqual(file.load(), [])
        XCTAssertFalse(file.append("plans"))
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
    }

    // MARK: - Concurrent writers

    /// Writers with their own descriptors, as two shells have: every entry arrives whole,
    /// and each writer's entries stay in its order.
    func testConcurrentWritersLoseNothing() {
        let path = folder.appendingPathComponent("history").path
        let writers = 4, perWriter = 400
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            let file = HistoryFile(path: path, warn: { _ in })
            for i in 0..<perWriter {
                file.append(i % 3 == 0 ? "writer \(w) entry \(i)\nsecond line \\ of \(i)" : "writer \(w) entry \(i)")
            }
        }
        let loaded = history(path).load(limit: .max)
        XCTAssertEqual(loaded.count, writers * perWriter)
        for w in 0..<writers {
            let own = loaded.filter { $0.hasPrefix("writer \(w) ") }
            XCTAssertEqual(own, (0..<perWriter).map { i in
                i % 3 == 0 ? "writer \(w) entry \(i)\nsecond line \\ of \(i)" : "writer \(w) entry \(i)"
            })
        }
    }

    /// Across processes: a shell loop appends to the file with `>>` (O_APPEND, one write per
    /// line, as a second planq would) while this process appends through HistoryFile.
    func testAnotherProcessAppendingAtTheSameTime() throws {
        let path = folder.appendingPathComponent("history").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "i=0; while [ $i -lt 500 ]; do echo \"other $i\" >> \"$0\"; i=$((i+1)); done", path]
        try process.run()
        let file = history(path)
        for i in 0..<500 { file.append("mine \(i)") }
        process.waitUntilExit()
        let loaded = history(path).load(limit: .max)
        XCTAssertEqual(loaded.filter { $0.hasPrefix("mine ") }, (0..<500).map { "mine \($0)" })
        XCTAssertEqual(loaded.filter { $0.hasPrefix("other ") }, (0..<500).map { "other \($0)" })
        XCTAssertEqual(loaded.count, 1000)
    }
}
