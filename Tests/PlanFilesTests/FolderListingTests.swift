import Foundation
import XCTest
@testable import PlanFiles

/// A folder's listing: the same files, sizes, order and problems whether its entries are
/// looked at on one thread or two (`PlanFileReader.lookInHalvesFrom`), and paths joined as
/// `NSString.appendingPathComponent` joins them.
final class FolderListingTests: XCTestCase {
    func testPathsAreJoinedAsFoundationJoinsThem() {
        for path in ["plans", "plans/", "plans//", "./plans", "/", "//", "a//b", "a/./b/", "../x", ".", "é plans", "a/b.yaml"] {
            for entry in ["p.yaml", "x.yml", "Ünïcode plan.yaml"] {
                XCTAssertEqual(PlanFileReader.joinedPrefix(path) + entry, (path as NSString).appendingPathComponent(entry),
                               "\(path) + \(entry)")
            }
        }
    }

    /// A folder past the two-thread size, with entries the listing passes over (hidden files,
    /// other extensions, a folder named `*.yaml`) or refuses (a FIFO named `*.yaml`).
    func testALargeFolderIsListedAsOneThreadListsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = PlanFileReader.lookInHalvesFrom + 321
        var expected: [(path: String, size: Int)] = []
        for i in 0..<count {
            let name = String(format: "p%05d.%@", i, i % 7 == 0 ? "yml" : "yaml")
            let text = String(repeating: "#", count: i % 97)
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
            expected.append((folder.path + "/" + name, i % 97))
        }
        try "x".write(to: folder.appendingPathComponent(".hidden.yaml"), atomically: false, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("p02000.5.yaml"), withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("p03000.5.yaml").path, 0o600), 0)

        let (files, problems) = PlanFileReader.expandSized([folder.path])
        XCTAssertEqual(files.map(\.path), expected.map(\.path))
        XCTAssertEqual(files.map(\.size), expected.map(\.size))
        XCTAssertEqual(problems.map(\.message), ["cannot read: a FIFO, not a plan file (planq reads regular files only)"])
        XCTAssertEqual(problems.first?.file?.name, folder.path + "/p03000.5.yaml")

        // The same entries looked at on one thread, then on two.
        let entries = files.map { ($0.path as NSString).lastPathComponent } + ["p02000.5.yaml", "p03000.5.yaml", "missing.yaml"]
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(descriptor) }
        let halves = PlanFileReader.look(at: entries, in: descriptor, prefix: PlanFileReader.joinedPrefix(folder.path))
        let one = entries.map { PlanFileReader.look(at: [$0], in: descriptor, prefix: PlanFileReader.joinedPrefix(folder.path))[0] }
        XCTAssertEqual(halves.map(\.known), one.map(\.known))
        XCTAssertEqual(halves.map(\.mode), one.map(\.mode))
        XCTAssertEqual(halves.map(\.size), one.map(\.size))
        XCTAssertEqual(halves.suffix(3).map(\.known), [true, true, false])
        XCTAssertEqual(halves.suffix(3).prefix(2).map(\.mode), [S_IFDIR, S_IFIFO])
        // Without a descriptor, by the joined path.
        let byPath = PlanFileReader.look(at: entries, in: -1, prefix: PlanFileReader.joinedPrefix(folder.path))
        XCTAssertEqual(byPath.map(\.size), one.map(\.size))
        XCTAssertEqual(byPath.map(\.known), one.map(\.known))
    }
}
