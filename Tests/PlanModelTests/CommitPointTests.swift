@testable import PlanModel
import XCTest

/// Nodes committed (written into the columns) at any point where their ancestors are added
/// give the graph that committing every node at the end gives, byte for byte; a field set
/// after its node is committed reads back as set.
final class CommitPointTests: XCTestCase {
    /// A plan; a goal whose parent is added after it, both with only a start; an activity
    /// below it with only an end; an actor; an activity whose owner (a placeholder) and
    /// members are set after the other nodes. `commitAfter` lists the nodes after which to commit.
    func build(commitAfter: Set<Int>, setsLate: Bool = true) -> PlanGraph {
        var b = PlanGraphBuilder()
        func day(_ m: Int, _ d: Int) -> Day { Day(year: 2024, month: m, day: d)! }
        var nodes: [PlanNode] = []
        var plan = PlanNode(kind: .plan, id: "P", plan: nil, title: "Plan")
        plan.ownPeriod = Period.year(2024)
        nodes.append(plan)
        var g1 = PlanNode(kind: .goal, id: "G1", plan: NodeRef(0), title: "Child of a later goal")
        g1.parent = NodeRef(2)
        g1.set("start", .period(Period.month(2024, 3)!))
        nodes.append(g1)
        var g2 = PlanNode(kind: .goal, id: "G2", plan: NodeRef(0), title: "Parent")
        g2.set("start", .period(Period(start: day(4, 1), end: day(6, 30), precision: .quarter)))
        nodes.append(g2)
        var a = PlanNode(kind: .activity, id: "A", plan: NodeRef(0), title: "Only an end")
        a.parent = NodeRef(1)
        a.set("end", .period(Period.month(2024, 10)!))
        nodes.append(a)
        nodes.append(PlanNode(kind: .actor, id: "x", plan: nil, title: "X"))
        var late = PlanNode(kind: .activity, id: "B", plan: NodeRef(0), title: "Set late")
        late.parent = NodeRef(2)
        late.set("owner", .node(NodeRef(0)))
        nodes.append(late)
        for (i, node) in nodes.enumerated() {
            b.add(node)
            if commitAfter.contains(i) { b.commit() }
        }
        if setsLate { b.set("owner", .node(NodeRef(4)), of: NodeRef(5)) }
        b.addRole(.lead, actor: NodeRef(4), for: NodeRef(3))
        b.commit()
        XCTAssertEqual(b.halfPeriodNodes, [NodeRef(1), NodeRef(2), NodeRef(3)])
        return b.build()
    }

    func testAnyCommitPointGivesTheSameBytes() {
        let atTheEnd = build(commitAfter: [])
        for points: Set<Int> in [[0], [0, 2, 3, 4, 5], [2], [3], [4, 5], [5]] {
            XCTAssertEqual(build(commitAfter: points).bytes, atTheEnd.bytes, "committed after \(points.sorted())")
        }
        XCTAssertNotEqual(build(commitAfter: [5], setsLate: false).bytes, atTheEnd.bytes, "the late owner is written")
    }

    func testPeriodsAndLateFieldsReadBack() {
        for points: Set<Int> in [[], [5]] {
            let g = build(commitAfter: points)
            func span(_ i: Int) -> String { g[NodeRef(i)].period.map { "\($0.start)..\($0.end)" } ?? "-" }
            // G1 is completed before G2 (node order): its end is the plan's.
            XCTAssertEqual(span(1), "2024-03-01..2024-12-31")
            XCTAssertEqual(g[NodeRef(1)].notes, ["The source gives only the start (2024-03); the end 2024-12-31 is that of P."])
            XCTAssertEqual(span(2), "2024-04-01..2024-12-31")
            XCTAssertEqual(span(3), "2024-03-01..2024-10-31")
            XCTAssertEqual(g[NodeRef(3)].notes, ["The source gives only the end (2024-10); the start 2024-03-01 is that of G1."])
            XCTAssertEqual(g[NodeRef(5)].periodFrom, NodeRef(2))
            XCTAssertEqual(g.firstDay(NodeRef(3)), g[NodeRef(1)].period?.start.ordinal)
            XCTAssertEqual(g.lastDay(NodeRef(3)), Period.month(2024, 10)!.end.ordinal)
            XCTAssertEqual(g[NodeRef(5)].field("owner"), .node(NodeRef(4)))
        }
    }

    /// A node list set after its node is committed goes at the end of the node items.
    func testANodeListSetAfterCommitReadsBack() {
        var b = PlanGraphBuilder()
        var group = PlanNode(kind: .actor, id: "g", plan: nil, title: "Group")
        group.set("members", .nodes([]))
        group.set("goals", .nodes([NodeRef(0)]))
        b.add(group)
        b.add(PlanNode(kind: .actor, id: "x", plan: nil, title: "X"))
        b.commit()
        XCTAssertEqual(b.id(of: NodeRef(0)), "g")
        XCTAssertEqual(b.kind(of: NodeRef(1)), .actor)
        b.set("members", .nodes([NodeRef(1), NodeRef(0)]), of: NodeRef(0))
        let g = b.build()
        XCTAssertEqual(g[NodeRef(0)].field("members"), .nodes([NodeRef(1), NodeRef(0)]))
        XCTAssertEqual(g[NodeRef(0)].field("goals"), .nodes([NodeRef(0)]))
        XCTAssertEqual(g[NodeRef(0)].fields.map(\.name), ["members", "goals"])
    }
}
