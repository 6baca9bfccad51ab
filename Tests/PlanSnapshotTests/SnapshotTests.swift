import Foundation
import PlanFiles
import PlanModel
@testable import PlanSnapshot
import SeededRandom
import TestRandom
import XCTest

/// A snapshot is used only when it is exactly what this planq wrote for these unchanged
/// files; anything else costs a reading of the files, never a wrong graph or a crash.
final class SnapshotTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var work: URL!
    var plans: String { work.appendingPathComponent("plans").path }
    var cache: String { work.appendingPathComponent("cache/planq").path }

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("planq-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repo.appendingPathComponent("Examples/plans"), to: work.appendingPathComponent("plans"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    func load(_ paths: [String]? = nil) throws -> (LoadedPlans, PlanSnapshot.Source) {
        let (result, source) = PlanSnapshot.load(paths: paths ?? [plans], cacheFolder: cache)
        return (try result.get(), source)
    }

    /// The graph as bytes: two graphs with the same bytes give the same answer to every query.
    func bytes(_ loaded: LoadedPlans) -> [UInt8] { Array(loaded.graph.bytes) }

    var snapshotFile: String {
        get throws {
            let names = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".snapshot") }
            XCTAssertEqual(names.count, 1, "\(names)")
            return cache + "/" + names[0]
        }
    }

    func testTheSecondLoadMapsTheSnapshotAndHasTheSameGraph() throws {
        let (first, firstSource) = try load()
        XCTAssertEqual(firstSource, .planFiles(reason: "no snapshot yet"))
        let (second, secondSource) = try load()
        XCTAssertEqual(secondSource, .snapshot)
        XCTAssertEqual(bytes(first), bytes(second))
        XCTAssertEqual(first.files, second.files)
        XCTAssertEqual(LoadComparison.text(LoadedPlans(graph: first.graph, warnings: [], files: first.files)),
                       LoadComparison.text(second))
    }

    func testAChangedAddedOrRemovedPlanFileIsReadAgain() throws {
        _ = try load()
        let zzl = plans + "/zzl.yaml"
        // Same size, one letter changed: the title of the plan.
        var text = try String(contentsOfFile: zzl, encoding: .utf8)
        let title = try XCTUnwrap(text.range(of: "title: \"Transitieplan Zorgzaam Leuven\""))
        text.replaceSubrange(title, with: "title: \"Transitieplan Zorgzaam Leuvex\"")
        try text.write(toFile: zzl, atomically: false, encoding: .utf8)
        let (changed, source) = try load()
        XCTAssertEqual(source, .planFiles(reason: "\(zzl) changed since the snapshot"))
        XCTAssertTrue((0..<changed.graph.count).contains { changed.graph[NodeRef($0)].title.contains("Zorgzaam Leuvex") })
        XCTAssertEqual(try load().1, .snapshot)

        try FileManager.default.copyItem(atPath: Self.repo.appendingPathComponent("Tests/PlanFilesTests/Fixtures/good/plan.yaml").path,
                                         toPath: plans + "/extra.yaml")
        let (added, addedSource) = try load()
        XCTAssertNotEqual(addedSource, .snapshot)
        XCTAssertEqual(added.files.count, 4)
        try FileManager.default.removeItem(atPath: plans + "/extra.yaml")
        let (removed, removedSource) = try load()
        XCTAssertNotEqual(removedSource, .snapshot)
        XCTAssertEqual(removed.files.count, 3)
    }

    func testATruncatedSnapshotIsPassedOverAndRewritten() throws {
        let reference = bytes(try load().0)
        let file = try snapshotFile
        let whole = try Data(contentsOf: URL(fileURLWithPath: file))
        for length in [0, 1, 8, 31, 32, 40, 100, whole.count / 2, whole.count - 8, whole.count - 1] {
            try whole.prefix(length).write(to: URL(fileURLWithPath: file))
            let (loaded, source) = try load()
            XCTAssertNotEqual(source, .snapshot, "truncated to \(length)")
            XCTAssertEqual(bytes(loaded), reference, "truncated to \(length)")
            XCTAssertEqual(try load().1, .snapshot, "rewritten after truncation to \(length)")
        }
    }

    /// A snapshot whose graph is of the earlier column layout (format 1: a provenance record
    /// per node, dense per-node lists, folded titles) is refused with the reason and rebuilt.
    func testASnapshotOfAnEarlierFormatIsRefusedAndRewritten() throws {
        let reference = bytes(try load().0)
        let file = try snapshotFile
        var whole = try Data(contentsOf: URL(fileURLWithPath: file))
        let graph = Int(whole.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 24, as: UInt64.self) })
        withUnsafeBytes(of: UInt32(1)) { whole.replaceSubrange(graph + 8..<graph + 12, with: $0) }
        try whole.write(to: URL(fileURLWithPath: file))
        let (loaded, source) = try load()
        XCTAssertEqual(source, .planFiles(reason: "snapshot graph: snapshot format 1, this planq reads \(Blob.formatVersion)"))
        XCTAssertEqual(bytes(loaded), reference)
        XCTAssertEqual(try load().1, .snapshot)
    }

    func testEveryFlippedBitIsNoticed() throws {
        let reference = bytes(try load().0)
        let file = try snapshotFile
        let whole = try Data(contentsOf: URL(fileURLWithPath: file))
        // Every byte of the headers, then bytes spread over the rest.
        var positions = Array(0..<160)
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        for _ in 0..<100 { positions.append(Int.random(in: 0..<whole.count, using: &random)) }
        for position in positions {
            var damaged = whole
            damaged[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            try damaged.write(to: URL(fileURLWithPath: file))
            let (loaded, source) = try load()
            XCTAssertNotEqual(source, .snapshot, "bit flipped at byte \(position), \(seed)")
            XCTAssertEqual(bytes(loaded), reference, "bit flipped at byte \(position), \(seed)")
        }
    }

    func testForeignFilesAreNotRead() throws {
        let reference = bytes(try load().0)
        let file = try snapshotFile
        let size = try Data(contentsOf: URL(fileURLWithPath: file)).count
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let foreign: [(String, Data)] = [
            ("random bytes", Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &random) })),
            ("a plan file", try Data(contentsOf: URL(fileURLWithPath: plans + "/elz.yaml"))),
            ("an empty file", Data()),
        ]
        for (what, data) in foreign {
            try data.write(to: URL(fileURLWithPath: file))
            let (loaded, source) = try load()
            XCTAssertNotEqual(source, .snapshot, "\(what), \(seed)")
            XCTAssertEqual(bytes(loaded), reference, "\(what), \(seed)")
        }
        // A whole, good snapshot of other plan files, put in this one's place.
        let other = work.appendingPathComponent("other").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: plans + "/actors.yaml", toPath: other + "/actors.yaml")
        _ = try load([other])
        let otherFile = try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasSuffix(".snapshot") && cache + "/" + $0 != file }
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.copyItem(atPath: cache + "/" + XCTUnwrap(otherFile), toPath: file)
        let (loaded, source) = try load()
        XCTAssertEqual(source, .planFiles(reason: "snapshot was made for other paths"))
        XCTAssertEqual(bytes(loaded), reference)
    }

    func testLoadsAtOnceAreSafeAndLeaveNoTemporaryFiles() throws {
        let reference = bytes(try PlanLoader.load(paths: [plans]).get())
        for round in 0..<8 {
            try? FileManager.default.removeItem(atPath: cache)
            let results = Results()
            let (plans, cache) = (self.plans, self.cache)
            DispatchQueue.concurrentPerform(iterations: 4) { i in
                let graph = (try? PlanSnapshot.load(paths: [plans], cacheFolder: cache).result.get()).map { Array($0.graph.bytes) }
                results.lock.withLock { results.items[i] = graph }
            }
            for i in 0..<4 { XCTAssertEqual(results.items[i], reference, "round \(round), load \(i)") }
            let left = try FileManager.default.contentsOfDirectory(atPath: cache)
            XCTAssertEqual(left.filter { !$0.hasSuffix(".snapshot") }, [], "round \(round)")
            XCTAssertEqual(try load().1, .snapshot)
        }
    }

    func testPlanFilesAreNeverWritten() throws {
        func contents() throws -> [String: Data] {
            Dictionary(uniqueKeysWithValues: try FileManager.default.contentsOfDirectory(atPath: plans).map {
                ($0, try Data(contentsOf: URL(fileURLWithPath: plans + "/" + $0)))
            })
        }
        let before = try contents()
        _ = try load()
        _ = try load()
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: try snapshotFile))
        _ = try load()
        XCTAssertEqual(try contents(), before)
    }

    func testWithoutACacheFolderNothingIsWritten() throws {
        let (result, source) = PlanSnapshot.load(paths: [plans], cacheFolder: nil)
        XCTAssertNoThrow(try result.get())
        XCTAssertEqual(source, .planFiles(reason: "no cache folder"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache))
    }
}

/// What loads on several threads found, one slot each.
private final class Results: @unchecked Sendable {
    let lock = NSLock()
    var items = [[UInt8]?](repeating: nil, count: 4)
}

/// The cache folder keeps the most recently used snapshots and no leftovers.
final class CacheEvictionTests: XCTestCase {
    func testOnlyTheMostRecentlyUsedSnapshotsAndNoOldTemporaryFilesStay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-eviction-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let now = Date()
        func file(_ name: String, age seconds: Double) throws {
            let path = folder + "/" + name
            FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-seconds)], ofItemAtPath: path)
        }
        for i in 0..<20 { try file("plans-\(i).snapshot", age: Double(i) * 100) }
        try file("plans-old.snapshot.Ab12Cd", age: 7_200)
        try file("plans-fresh.snapshot.Xy34Zw", age: 10)
        try file("unrelated.txt", age: 100_000)
        CacheEviction.sweep(folder)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        let expected = Set((0..<CacheEviction.kept).map { "plans-\($0).snapshot" } + ["plans-fresh.snapshot.Xy34Zw", "unrelated.txt"])
        XCTAssertEqual(left, expected)
    }
}

/// The parts of a snapshot read before its checksums are known to match must take any bytes.
final class SnapshotParsingTests: XCTestCase {
    func testAnyManifestBytesAreReadOrRefusedWithoutATrap() throws {
        let good = SnapshotFile.Manifest(program: Array("planq".utf8), paths: ["a", "b/c"],
                                         watched: [("a", FileIdentity(path: "/")!)], files: ["a/x.yaml"]).bytes
        XCTAssertNotNil(good.withUnsafeBytes { SnapshotFile.Manifest($0) })
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        var refused = 0
        for round in 0..<20_000 {
            var bytes = good
            // Cut, flip or overwrite a few bytes, or take random bytes.
            switch round % 3 {
            case 0: bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
            case 1: for _ in 0..<Int.random(in: 1...4, using: &random) { bytes[Int.random(in: 0..<bytes.count, using: &random)] = .random(in: 0...255, using: &random) }
            default: bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in .random(in: 0...255, using: &random) }
            }
            if bytes.withUnsafeBytes({ SnapshotFile.Manifest($0) }) == nil { refused += 1 }
        }
        XCTAssertGreaterThan(refused, 10_000, "\(seed)")
    }
}
