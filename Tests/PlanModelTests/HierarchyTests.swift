@testable import PlanModel
import PlanWords
import SeededRandom
import XCTest

/// The one rule for the node above a node, on both forms it is read from.
final class HierarchyTests: XCTestCase {
    func testTheNodeAboveIsTheParentElseThePlanAndAPlanHasNone() {
        let cases: [(parent: Int32, kind: NodeKind, plan: Int32, up: Int32)] = [
            (4, .activity, 0, 4),     // a parent wins over the plan
            (-1, .activity, 0, 0),    // no parent: the plan
            (-1, .goal, 2, 2),
            (-1, .plan, -1, -1),      // a plan has none
            (3, .plan, 0, 3),         // a nested plan's parent (the loader rejects it, the rule does not guess)
            (-1, .actor, -1, -1),     // a node of no plan
        ]
        for c in cases {
            XCTAssertEqual(Hierarchy.up(parent: c.parent, kindCode: c.kind.code, plan: c.plan), c.up, "\(c)")
            let node = Hierarchy.up(parent: c.parent >= 0 ? NodeRef(Int(c.parent)) : nil, kind: c.kind,
                                    plan: c.plan >= 0 ? NodeRef(Int(c.plan)) : nil)
            XCTAssertEqual(node.map { $0.index } ?? -1, c.up, "\(c)")
        }
        XCTAssertEqual(Hierarchy.up(parent: -1, kindCode: NodeKind.plan.code, plan: 5), -1, "a plan is never below a plan")
    }

    /// The load's cycle check trusts this answer and walks the parents only when it is false.
    func testTheHierarchyReachesEveryNodeExactlyWhenNoParentsMakeACycle() {
        func graph(parents: [Int?]) -> PlanGraph {
            var b = PlanGraphBuilder()
            b.add(PlanNode(kind: .plan, id: "P", plan: nil, title: "Plan"))
            b.add(PlanNode(kind: .actor, id: "a", plan: nil, title: "Actor"))
            for (i, parent) in parents.enumerated() {
                var goal = PlanNode(kind: .goal, id: "G\(i)", plan: NodeRef(0), title: "Goal \(i)")
                goal.parent = parent.map { NodeRef($0 + 2) }
                b.add(goal)
            }
            return b.build()
        }
        XCTAssertTrue(graph(parents: [nil, 0, 1, 0]).hierarchyReachesEveryNode)
        XCTAssertTrue(graph(parents: [2, 0, nil]).hierarchyReachesEveryNode, "parents declared after their children")
        XCTAssertFalse(graph(parents: [nil, 2, 1]).hierarchyReachesEveryNode, "G1 → G2 → G1")
        XCTAssertFalse(graph(parents: [nil, 1]).hierarchyReachesEveryNode, "G1 → G1")
        XCTAssertFalse(graph(parents: [nil, 2, 1, 1]).hierarchyReachesEveryNode, "G3 hangs below a cycle")
    }

    /// Passing over no node, the loader's check reads where each node's period comes from off
    /// the graph (`periodFrom`) instead of walking again; both must answer alike, for any
    /// parents (declared after their children, or in a cycle) and any own periods.
    func testPeriodSourcesReadOffTheGraphAreTheWalkedOnes() {
        var random = SplitMix(seed: 23)
        let may = Period(start: Day(year: 2024, month: 5, day: 1)!, end: Day(year: 2024, month: 5, day: 31)!,
                         precision: .month, approximate: false, written: "mei 2024")
        for _ in 0..<200 {
            var b = PlanGraphBuilder()
            var plan = PlanNode(kind: .plan, id: "P", plan: nil, title: "Plan")
            if random.next() % 2 == 0 { plan.ownPeriod = may }
            b.add(plan)
            let count = Int(random.next() % 12)
            for i in 0..<count {
                var goal = PlanNode(kind: .goal, id: "G\(i)", plan: NodeRef(0), title: "Goal \(i)")
                if random.next() % 3 != 0 { goal.parent = NodeRef(Int(1 + random.next() % UInt64(count))) }
                if random.next() % 3 == 0 { goal.ownPeriod = may }
                b.add(goal)
            }
            let g = b.build()
            XCTAssertEqual(g.periodSources(passingOver: []), g.walkedPeriodSources(passingOver: []))
        }
    }
}
