@testable import PlanModel
import SeededRandom
import TestRandom
import XCTest

/// The columnar graph gives back what its builder was given, finds nodes by id and name as the
/// loader's rules say, and notices any damage to its bytes.
final class ColumnarGraphTests: XCTestCase {
    /// Two plans, a node of each with the same id added out of plan order, an actor with an
    /// accented alias, and one field of every kind of value.
    func makeGraph() -> (PlanGraph, [String: NodeRef]) {
        var b = PlanGraphBuilder()
        var refs: [String: NodeRef] = [:]
        let may = Period(start: Day(year: 2024, month: 5, day: 1)!, end: Day(year: 2024, month: 5, day: 31)!,
                         precision: .month, approximate: true, written: "Eind mei")
        var p1 = PlanNode(kind: .plan, id: "P1", plan: nil, title: "Plan één")
        p1.ownPeriod = Period.year(2024)
        refs["p1"] = b.add(p1)
        refs["p2"] = b.add(PlanNode(kind: .plan, id: "p1.x", plan: nil, title: "A plan whose id has a dot"))
        var actor = PlanNode(kind: .actor, id: "elz", plan: nil, title: "ELZ Leuven")
        actor.set("aliases", .list(["Eerstelijnszone Léuven", "ELZ"]))
        refs["actor"] = b.add(actor)
        var goal = PlanNode(kind: .goal, id: "SD3", plan: refs["p2"], title: "Goal in the second plan")
        goal.notes = ["first note", "tweede notitie"]
        refs["goal2"] = b.add(goal)
        var activity = PlanNode(kind: .activity, id: "X", plan: refs["p1"], title: "Activiteit ‘één’")
        activity.parent = nil
        activity.set("description", .text("Beschrijving met é"))
        activity.set("target_groups", .list(["a", "b", ""]))
        activity.set("budget_fte", .number(0.25))
        activity.set("start", .period(may))
        activity.set("owner", .node(refs["actor"]!))
        activity.set("members", .nodes([refs["actor"]!, refs["p1"]!]))
        activity.set("status", .unknown)
        activity.source = Provenance(document: "doc.txt", lines: "84-155", section: nil, planFile: "p1.yaml", planLine: 12)
        refs["x1"] = b.add(activity)
        // Added after a node of the later plan: ids are no longer in plan order.
        refs["goal1"] = b.add(PlanNode(kind: .goal, id: "sd3", plan: refs["p1"], title: "Goal in the first plan"))
        b.addRole(.lead, actor: refs["actor"]!, for: refs["x1"]!, note: "trekker")
        b.addRole(.partner, actor: refs["actor"]!, for: refs["goal1"]!)
        return (b.build(), refs)
    }

    func testEveryValueComesBackAsItWasGiven() throws {
        let (g, r) = makeGraph()
        let x = g[r["x1"]!]
        XCTAssertEqual(x.title, "Activiteit ‘één’")
        XCTAssertEqual(x.kind, .activity)
        XCTAssertEqual(x.plan, r["p1"])
        XCTAssertEqual(x.fields.map(\.name), ["description", "target_groups", "budget_fte", "start", "owner", "members", "status"])
        XCTAssertEqual(x.field("description"), .text("Beschrijving met é"))
        XCTAssertEqual(x.field("target_groups"), .list(["a", "b", ""]))
        XCTAssertEqual(x.field("budget_fte"), .number(0.25))
        guard case .period(let p)? = x.field("start") else { return XCTFail("no period") }
        XCTAssertEqual(p.written, "Eind mei")
        XCTAssertTrue(p.approximate)
        XCTAssertEqual(p.precision, .month)
        XCTAssertEqual(x.field("owner"), .node(r["actor"]!))
        XCTAssertEqual(x.field("members"), .nodes([r["actor"]!, r["p1"]!]))
        XCTAssertEqual(x.field("status"), .unknown)
        XCTAssertNil(x.field("nothing"))
        XCTAssertEqual(x.source, Provenance(document: "doc.txt", lines: "84-155", section: nil, planFile: "p1.yaml", planLine: 12))
        // Only a start: its own period runs to the plan's end, and is read where a period test reads it.
        XCTAssertEqual(x.period?.start, p.start)
        XCTAssertEqual(x.period?.end, Period.year(2024)!.end)
        XCTAssertNil(x.periodFrom)
        XCTAssertEqual(g.firstDay(r["x1"]!), p.start.ordinal)
        XCTAssertEqual(g[r["goal1"]!].period, Period.year(2024))
        XCTAssertEqual(g[r["goal1"]!].periodFrom, r["p1"])
        XCTAssertEqual(g[r["goal2"]!].notes, ["first note", "tweede notitie"])
        XCTAssertEqual(g.roles(of: r["x1"]!).map(\.note), ["trekker"])
        XCTAssertEqual(g.roles(of: r["goal1"]!).map(\.note), [nil])
        XCTAssertEqual(g.fieldNames(of: .activity), ["description", "target_groups", "budget_fte", "start", "owner", "members", "status"])
    }

    func testIdsAndNamesAreFoundAsTheLoaderPromises() throws {
        let (g, r) = makeGraph()
        XCTAssertEqual(g.plan(named: "p1"), r["p1"])
        XCTAssertEqual(g.node(qualifiedID: "P1.SD3"), r["goal1"])
        // `p1.x.sd3` is the node sd3 of the plan `p1.x`.
        XCTAssertEqual(g.node(qualifiedID: "p1.x.sd3"), r["goal2"])
        // The plan `p1.x` and the node X of plan p1: the one loaded last.
        XCTAssertEqual(g.node(qualifiedID: "p1.x"), r["x1"])
        XCTAssertEqual(Array(g.nodes(withID: "sd3")), [r["goal2"]!, r["goal1"]!], "load order")
        XCTAssertEqual(g.actors(named: "eerstelijnszone leuven"), [r["actor"]!])
        XCTAssertEqual(g.actors(named: "ELZ"), [r["actor"]!], "id and alias name the actor once")
        XCTAssertEqual(g.actors(named: "nobody"), [])
        XCTAssertEqual(g.qualifiedID(r["goal1"]!), "P1.sd3")
        XCTAssertTrue(g.titleContains(r["x1"]!, Array("een".utf8)))
    }

    func testAnyChangedByteIsFound() throws {
        let (g, _) = makeGraph()
        let bytes = Array(g.bytes)
        XCTAssertNil(PlanGraph.problem(in: blob(bytes)))
        for i in bytes.indices {
            var damaged = bytes
            damaged[i] ^= 0x10
            XCTAssertNotNil(PlanGraph.problem(in: blob(damaged)), "byte \(i) of \(bytes.count)")
        }
        for length in [0, 8, 31, bytes.count / 2, bytes.count - 1] {
            XCTAssertNotNil(PlanGraph.problem(in: blob(Array(bytes.prefix(length)))), "cut to \(length)")
        }
    }

    /// A kind's number in the columns (a switch, for speed) and the list read back by number
    /// must agree for every kind, as must a role's.
    func testEveryKindAndRoleReadsBackByItsNumber() {
        for kind in NodeKind.allCases { XCTAssertEqual(NodeKind.byCode[Int(kind.code)], kind) }
        XCTAssertEqual(Set(NodeKind.allCases.map(\.code)).count, NodeKind.allCases.count)
        for role in Role.allCases { XCTAssertEqual(Role.byCode[Int(role.code)], role) }
        for role in Role.allCases { XCTAssertEqual(Role(code: Int(role.code)), role) }
        XCTAssertNil(Role(code: Role.allCases.count))
        XCTAssertNil(Role(code: -1))
    }

    func testTheChecksumIsTheSameInPiecesOfAnySize() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let bytes = (0..<1_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let whole = bytes.withUnsafeBytes { Blob.checksum($0, from: 0) }
        for _ in 0..<50 {
            var sum = Checksum()
            var at = 0
            while at < bytes.count {
                let n = min(bytes.count - at, Int.random(in: 0...70, using: &random))
                bytes.withUnsafeBytes { sum.add(UnsafeRawBufferPointer(rebasing: $0[at..<at + n])) }
                at += n
            }
            XCTAssertEqual(sum.value, whole, "\(seed)")
        }
        var other = bytes
        other[999] ^= 1
        XCTAssertNotEqual(other.withUnsafeBytes { Blob.checksum($0, from: 0) }, whole, "\(seed)")
    }

    /// Random bytes, now and then behind a right magic and version, so that the section
    /// table is read: always refused, never a trap.
    func testAnyHeaderIsCheckedWithoutATrap() {
        var random = SplitMix(seed: 11)
        for _ in 0..<5_000 {
            var bytes = (0..<Int.random(in: 0...3_000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            if bytes.count >= 24, Bool.random(using: &random) {
                withUnsafeBytes(of: Blob.magic) { bytes.replaceSubrange(0..<8, with: $0) }
                withUnsafeBytes(of: Blob.formatVersion) { bytes.replaceSubrange(8..<12, with: $0) }
                withUnsafeBytes(of: UInt32(Section.allCases.count)) { bytes.replaceSubrange(12..<16, with: $0) }
                withUnsafeBytes(of: UInt64(bytes.count)) { bytes.replaceSubrange(16..<24, with: $0) }
            }
            XCTAssertNotNil(PlanGraph.problem(in: blob(bytes)))
        }
    }

    func blob(_ bytes: [UInt8]) -> Blob {
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        raw.copyMemory(from: UnsafeRawBufferPointer(start: bytes, count: bytes.count))
        return Blob(base: UnsafeRawPointer(raw.baseAddress!), count: bytes.count) { base, _ in UnsafeMutableRawPointer(mutating: base).deallocate() }
    }
}
