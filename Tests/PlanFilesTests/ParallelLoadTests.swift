import Diagnostics
import Foundation
@testable import PlanFiles
import PlanModel
import XCTest

/// From `PlanLoad.readAheadFrom` files on, each file is read, declared and filled on reader
/// threads and the loader merges them in file order. The graph's bytes and every diagnostic,
/// in order, must not depend on how many readers there are or which finished first. The sets
/// have an actors file first (references resolved at once), one in the middle (references
/// waiting for it, and every one after them, resolved at the end), and, in the bad set, a plan
/// id taken by an earlier file, an actor name taken by another file's actor, an unknown actor,
/// an unknown field and an impossible date in different files.
final class ParallelLoadTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let readerCounts = [1, 2, 3, 8, 2, 8]

    func inputs(_ folder: String) throws -> [PlanInput] {
        let (files, problems) = PlanFileReader.expand([Self.fixtures.appendingPathComponent(folder).path])
        XCTAssertEqual(problems.count, 0)
        XCTAssertGreaterThanOrEqual(files.count, PlanLoad.readAheadFrom, "enough files to be read on reader threads")
        return files.map(PlanInput.path)
    }

    func testTheGraphIsTheSameForAnyNumberOfReaders() throws {
        let files = try inputs("many-files")
        let first = try PlanLoader.load(files, problems: [], readers: 1).get().graph
        for readers in Self.readerCounts {
            let graph = try PlanLoader.load(files, problems: [], readers: readers).get().graph
            XCTAssertEqual(graph.bytes, first.bytes, "\(readers) readers")
        }
    }

    /// Enough files for many runs of files (`ReadAhead`), some done by readers and some by
    /// the loader itself: the fixture's plans five times over, under other plan ids.
    func testManyRunsOfFilesGiveTheSameGraph() throws {
        let fixture = try inputs("many-files")
        var files: [PlanInput] = []
        for case .path(let path) in fixture {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let name = (path as NSString).lastPathComponent
            guard text.hasPrefix("plan:") else {     // actors (08 declares some too): once
                files.append(.bytes(name: name, Array(text.utf8)))
                continue
            }
            for copy in 0..<5 {
                let renamed = text.replacingOccurrences(of: "\n  id: p", with: "\n  id: c\(copy)-p")
                files.append(.bytes(name: "\(name)-\(copy).yaml", Array(renamed.utf8)))
            }
        }
        files.sort { $0.name < $1.name }
        XCTAssertEqual(files.count, 48)
        let first = try PlanLoader.load(files, problems: [], readers: 1).get().graph
        XCTAssertEqual(first.plans.count, 46)
        for readers in Self.readerCounts {
            XCTAssertEqual(try PlanLoader.load(files, problems: [], readers: readers).get().graph.bytes, first.bytes, "\(readers) readers")
        }
    }

    /// Where plan ids nest (`a`, `a.b`) every file is declared before any is filled, on the
    /// loader's thread, the files only read on reader threads: `a.b.c` names plan `a.b`'s goal
    /// `c` from plan `a`'s file, read before it; actor `y` is declared after files naming it.
    func testNestedPlanIDsAcrossManyFiles() throws {
        var files: [PlanInput] = [
            .bytes(name: "0.yaml", Array("actors:\n  - {id: x, name: X, type: organisation}\n".utf8)),
            .bytes(name: "1.yaml", Array("plan: {id: a, title: A}\nactivities:\n  - {id: A1, goal: b.c, actors: {lead: [x], partner: [y]}}\n".utf8)),
            .bytes(name: "2.yaml", Array("plan: {id: a.b, title: AB, owner: x}\ngoals:\n  - {id: c, level: strategic, text: C}\n".utf8)),
            .bytes(name: "5.yaml", Array("actors:\n  - {id: y, name: Y, type: person}\n".utf8)),
        ]
        for n in 0..<10 {
            files.append(.bytes(name: "3-\(n).yaml", Array("""
                plan: {id: q\(n), title: Q}
                goals:
                  - {id: G, level: strategic, text: G}
                activities:
                  - {id: A, goal: G, actors: {lead: [y, x]}}

                """.utf8)))
        }
        files.sort { $0.name < $1.name }
        let first = try PlanLoader.load(files, problems: [], readers: 1).get().graph
        for readers in Self.readerCounts {
            XCTAssertEqual(try PlanLoader.load(files, problems: [], readers: readers).get().graph.bytes, first.bytes, "\(readers) readers")
        }
        let activity = try XCTUnwrap(first.node(qualifiedID: "a.A1"))
        XCTAssertEqual(first[try XCTUnwrap(first[activity].parent)].id, "c")
        XCTAssertEqual(first.roles.filter { $0.subject == activity }.map { "\($0.role) \(first[$0.actor].id)" }, ["lead x", "partner y"])
    }

    /// Actor references that resolved at once and those that waited: the roles, members and
    /// owners they give.
    func testActorReferencesResolveAcrossFilesDoneApart() throws {
        let g = try PlanLoader.load(try inputs("many-files"), problems: [], readers: 2).get().graph
        func node(_ id: String, plan: String? = nil) throws -> NodeRef {
            try XCTUnwrap((0..<g.count).map(NodeRef.init).first { ref in
                g[ref].id == id && (plan == nil || g[ref].plan.map { g[$0].id } == plan)
            })
        }
        func roles(_ subject: NodeRef) -> [String] {
            g.roles.filter { $0.subject == subject }.map { "\($0.role) \(g[$0.actor].id)" + ($0.note.map { " (\($0))" } ?? "") }
        }
        XCTAssertEqual(roles(try node("A1", plan: "p1")), ["lead a", "partner grp (samen)", "partner b"])
        XCTAssertEqual(roles(try node("A2", plan: "p1")), ["involved b", "involved c"])
        XCTAssertEqual(roles(try node("A1", plan: "p3")), ["lead a", "partner b"])    // `AA` is a's alias
        XCTAssertEqual(roles(try node("A2", plan: "p8")), ["involved b", "involved d", "involved team"])
        XCTAssertEqual(g.members(of: try node("team")).map { g[$0].id }, ["c", "a"])
        XCTAssertEqual(g.members(of: try node("grp")).map { g[$0].id }, ["a", "b"])
        for plan in ["p1", "p5", "p10"] {
            guard case .node(let owner)? = g[try node(plan)].field("owner") else { return XCTFail("\(plan) has no owner") }
            XCTAssertEqual(g[owner].id, "a")
        }
    }

    func testDiagnosticsAreTheSameInTheSameOrderForAnyNumberOfReaders() throws {
        let files = try inputs("bad/many-files")
        let folder = Self.fixtures.appendingPathComponent("bad/many-files").path + "/"
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("bad/many-files/expected.txt"), encoding: .utf8)
        for readers in Self.readerCounts {
            guard case .failure(let problems) = PlanLoader.load(files, problems: [], readers: readers) else {
                return XCTFail("loaded without errors")
            }
            let actual = problems.diagnostics.map { $0.summary.replacingOccurrences(of: folder, with: "") }.joined(separator: "\n") + "\n"
            XCTAssertEqual(actual, expected, "\(readers) readers")
        }
    }
}
